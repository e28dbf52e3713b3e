package org.satellite.alerts.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertMessages;
import org.satellite.alerts.internal.cap.CapDocuments;
import org.satellite.network.Sites;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.PublicLinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public feeds of published alerts: Atom, JSON and one CAP 1.2 document per alert.
 * Open to everyone, logging nothing about who reads them. Every link starts with the
 * public address ({@link PublicLinks}); an update says so in its title and says what
 * changed, and an update or a cancellation links to the alert it changes (Atom
 * {@code rel="related"}, JSON {@code links.changes}, CAP {@code <references>}).
 */
@Controller
class AlertFeedsController {

	private final AlertDesk desk;

	private final Sites sites;

	private final ProgramTime time;

	private final PublicLinks links;

	private final AlertMessages messages;

	AlertFeedsController(AlertDesk desk, Sites sites, ProgramTime time, PublicLinks links, AlertMessages messages) {
		this.desk = desk;
		this.sites = sites;
		this.time = time;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping(path = "/alerts.atom", produces = "application/atom+xml;charset=UTF-8")
	@ResponseBody
	String atom() throws FeedException {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Satellite: drug market alerts / alertes sur les drogues en circulation");
		feed.setUri(this.links.to("/alerts.atom"));
		feed.setLinks(
				List.of(link("alternate", this.links.to("/alerts")), link("self", this.links.to("/alerts.atom"))));
		feed.setDescription("Drug market alerts in English and French / Alertes en anglais et en français");
		feed.setAuthor(this.messages.get("alerts.feed.author", Languages.ENGLISH));
		List<Alert> alerts = this.desk.published();
		feed.setPublishedDate(Date.from(alerts.isEmpty() ? this.time.now() : alerts.get(0).issuedAt()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Alert alert : alerts) {
			Alert changed = changed(alert);
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri("urn:uuid:" + alert.id());
			entry.setTitle(this.messages.headline(alert, Languages.ENGLISH) + " / "
					+ this.messages.headline(alert, Languages.FRENCH));
			List<SyndLink> entryLinks = new ArrayList<>();
			entryLinks.add(link("alternate", this.links.to("/alerts/" + alert.id())));
			if (changed != null) {
				entryLinks.add(link("related", this.links.to("/alerts/" + changed.id())));
			}
			entry.setLinks(entryLinks);
			entry.setAuthor(this.messages.get("alerts.feed.author", Languages.ENGLISH));
			entry.setPublishedDate(Date.from(alert.issuedAt()));
			entry.setUpdatedDate(Date.from(alert.issuedAt()));
			StringBuilder text = new StringBuilder();
			for (var language : Languages.SUPPORTED) {
				if (!text.isEmpty()) {
					text.append("\n\n");
				}
				String changes = this.messages.changes(alert, changed, language);
				if (!changes.isEmpty()) {
					text.append(changes).append("\n");
				}
				if (changed != null) {
					text.append(this.messages.changesAlert(alert, changed,
							this.links.to("/alerts/" + changed.id(), language), language))
						.append("\n");
				}
				text.append(alert.text().body(language))
					.append("\n")
					.append(alert.text().instruction(language))
					.append("\n")
					.append(this.messages.get("alerts.feed.status", language,
							this.messages.when(alert.expiresAt(), language),
							this.messages.get("alerts.status." + alert.statusAt(this.time.now()).name(), language)));
			}
			SyndContent content = new SyndContentImpl();
			content.setType("text");
			content.setValue(text.toString());
			entry.setContents(List.of(content));
			entries.add(entry);
		}
		feed.setEntries(entries);
		return new SyndFeedOutput().outputString(feed);
	}

	@GetMapping(path = "/alerts.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> json() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Alert alert : this.desk.published()) {
			Alert changed = changed(alert);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", alert.id());
			entry.put("kind", alert.kind());
			entry.put("refersTo", alert.refersTo());
			entry.put("status", alert.statusAt(this.time.now()));
			entry.put("severity", alert.severity());
			entry.put("zones", alert.zones());
			entry.put("substances", alert.substances());
			entry.put("classes", alert.classes());
			entry.put("headline", Map.of("en", this.messages.headline(alert, Languages.ENGLISH), "fr",
					this.messages.headline(alert, Languages.FRENCH)));
			if (changed != null && !this.messages.changes(alert, changed, Languages.ENGLISH).isEmpty()) {
				entry.put("changes", Map.of("en", this.messages.changes(alert, changed, Languages.ENGLISH), "fr",
						this.messages.changes(alert, changed, Languages.FRENCH)));
			}
			entry.put("body", Map.of("en", alert.text().bodyEn(), "fr", alert.text().bodyFr()));
			entry.put("instruction", Map.of("en", alert.text().instructionEn(), "fr", alert.text().instructionFr()));
			entry.put("effectiveFrom", alert.effectiveFrom());
			entry.put("expiresAt", alert.expiresAt());
			entry.put("issuedAt", alert.issuedAt());
			Map<String, String> links = new LinkedHashMap<>();
			links.put("html", this.links.to("/alerts/" + alert.id()));
			links.put("cap", this.links.to("/alerts/" + alert.id() + ".cap.xml"));
			if (changed != null) {
				links.put("changes", this.links.to("/alerts/" + changed.id()));
			}
			entry.put("links", links);
			out.add(entry);
		}
		return out;
	}

	@GetMapping(path = "/alerts/{id}.cap.xml")
	ResponseEntity<String> cap(@PathVariable UUID id) {
		Alert alert = this.desk.requirePublished(id);
		String document = new CapDocuments("satellite", this.time.zone(), this.links.base(), this.messages).write(alert,
				changed(alert), (code) -> this.sites.zone(code).orElse(null));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(document);
	}

	/** The alert an update or cancellation changes, {@code null} for a new alert. */
	private Alert changed(Alert alert) {
		return (alert.refersTo() != null) ? this.desk.find(alert.refersTo()).orElse(null) : null;
	}

	private static SyndLink link(String rel, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		return link;
	}

}
