package org.satellite.hub.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.Events;
import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.Resources;
import org.satellite.hub.internal.CalendarFiles;
import org.satellite.hub.internal.EventTimes;
import org.satellite.platform.NotFound;
import org.satellite.platform.PublicLinks;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hub's files: the Atom feed of new events and resources (written by Rome) and each
 * event's calendar file (written by ical4j). A file that cannot be given is answered with
 * a plain sentence saying why.
 */
@Controller
class HubFilesController {

	private static final int FEED_SIZE = 50;

	private final Events events;

	private final Resources resources;

	private final PublicLinks address;

	private final MessageSource messages;

	HubFilesController(Events events, Resources resources, PublicLinks address, MessageSource messages) {
		this.events = events;
		this.resources = resources;
		this.address = address;
		this.messages = messages;
	}

	@GetMapping("/hub/events/{number}.ics")
	ResponseEntity<byte[]> calendar(@PathVariable int number, Locale locale) {
		Event event = this.events.require(number);
		byte[] file = CalendarFiles.of(event, locale, this.address.to("/hub/events/" + number), this.address.host(),
				false);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CalendarFiles.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + number + ".ics\"")
			.body(file);
	}

	@GetMapping("/hub/feed.atom")
	ResponseEntity<String> feed(Locale locale) throws FeedException {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(say("hub.feed.title", locale));
		feed.setDescription(say("hub.feed.subtitle", locale));
		feed.setUri(this.address.to("/hub/feed.atom"));
		feed.setLink(this.address.to("/hub"));
		feed.setLanguage(locale.getLanguage());
		SyndLink self = new SyndLinkImpl();
		self.setRel("self");
		self.setHref(this.address.to("/hub/feed.atom"));
		self.setType("application/atom+xml");
		feed.setLinks(List.of(self, link("alternate", this.address.to("/hub"))));
		List<SyndEntry> entries = new ArrayList<>();
		for (Event event : this.events.newest(FEED_SIZE)) {
			entries.add(entry("urn:satellite:hub:event:" + event.number(), event.title(locale),
					this.address.to("/hub/events/" + event.number()),
					join(say("hub.status." + event.status().name(), locale), EventTimes.when(event, locale),
							event.description(locale)),
					event.createdAt()));
		}
		for (Resource resource : this.resources.newest(FEED_SIZE)) {
			String link = (resource.link() != null) ? resource.link()
					: this.address.to("/hub/resources#resource-" + resource.id());
			entries.add(entry("urn:satellite:hub:resource:" + resource.id(), resource.title(), link,
					join(say("hub.kind." + resource.kind().name(), locale), resource.authors(),
							EventTimes.published(resource.published(), resource.precision(), locale),
							resource.description(locale)),
					resource.createdAt()));
		}
		entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());
		List<SyndEntry> newest = entries.subList(0, Math.min(FEED_SIZE, entries.size()));
		feed.setEntries(newest);
		feed.setPublishedDate(newest.isEmpty() ? new Date(0) : newest.get(0).getUpdatedDate());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound missing, Locale locale) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(this.messages.getMessage(missing, locale) + "\n");
	}

	private static SyndEntry entry(String id, String title, String link, String summary, Instant at) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri(id);
		entry.setTitle(title);
		entry.setLink(link);
		SyndContent content = new SyndContentImpl();
		content.setType("text/plain");
		content.setValue(summary);
		entry.setDescription(content);
		entry.setUpdatedDate(Date.from(at));
		entry.setPublishedDate(Date.from(at));
		return entry;
	}

	private static SyndLink link(String rel, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType("text/html");
		return link;
	}

	private static String join(String... parts) {
		return String.join(" · ", Arrays.stream(parts).filter((part) -> part != null && !part.isBlank()).toList());
	}

	private String say(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
