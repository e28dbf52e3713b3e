package org.satellite.hub.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.satellite.hub.internal.Curation;
import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.Events;
import org.satellite.hub.internal.Registrations;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.ResourceSearch;
import org.satellite.hub.internal.Resources;
import org.satellite.hub.internal.Tags;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public hub: upcoming and past events, each with its resources and a registration
 * form, and the library. Open to anyone; nothing here logs who asked.
 */
@Controller
class HubPageController {

	private final Events events;

	private final Curation curation;

	private final Resources resources;

	private final Registrations registrations;

	private final ProgramTime time;

	private final Refusals refusals;

	private final Tags tags;

	HubPageController(Events events, Curation curation, Resources resources, Registrations registrations,
			ProgramTime time, Refusals refusals, Tags tags) {
		this.tags = tags;
		this.events = events;
		this.curation = curation;
		this.resources = resources;
		this.registrations = registrations;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/hub")
	String hub(Model model, Locale locale) {
		model.addAttribute("upcoming", cards(this.events.upcoming(), locale));
		model.addAttribute("past", cards(this.events.past(), locale));
		return "hub/index";
	}

	@GetMapping("/hub/events/{number}")
	String event(@PathVariable int number, Model model, Locale locale) {
		return eventPage(number, model, locale, null);
	}

	@PostMapping("/hub/events/{number}/registrations")
	String register(@PathVariable int number, @RequestParam(required = false) String email,
			@RequestParam(required = false) String key, Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			this.registrations.register(number, email, locale, key);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/hub/events/" + number;
		}, () -> eventPage(number, model, locale, email));
	}

	@GetMapping("/hub/resources")
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String language,
			@RequestParam(required = false) String year, Model model, Locale locale) {
		ResourceKind chosenKind = parse(kind, ResourceKind.class);
		Integer chosenYear = (year != null && year.matches("\\d{4}")) ? Integer.valueOf(year) : null;
		String chosenLanguage = ("en".equals(language) || "fr".equals(language)) ? language : null;
		String words = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		var vocabulary = this.tags.byKey();
		var found = this.resources.search(new ResourceSearch(words, chosenKind, tag, chosenLanguage, chosenYear));
		model.addAttribute("found",
				found.stream().map((resource) -> ResourceCard.of(resource, locale, vocabulary)).toList());
		model.addAttribute("searched", words != null || chosenKind != null || (tag != null && !tag.isBlank())
				|| chosenLanguage != null || chosenYear != null);
		model.addAttribute("q", (words != null) ? words : "");
		model.addAttribute("kind", (chosenKind != null) ? chosenKind.name() : "");
		model.addAttribute("tag", (tag != null) ? tag : "");
		model.addAttribute("language", (chosenLanguage != null) ? chosenLanguage : "");
		model.addAttribute("year", (chosenYear != null) ? chosenYear.toString() : "");
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("tags", this.tags.inUse(locale).stream().map((one) -> TagLabel.of(one, locale)).toList());
		model.addAttribute("years", this.resources.years());
		return "hub/resources";
	}

	/**
	 * A resource's own page, so that every resource opens, also one the library has no
	 * link for yet.
	 */
	@GetMapping("/hub/resources/{id:\\d+}")
	String resource(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("r", ResourceCard.of(this.resources.require(id), locale, this.tags.byKey()));
		return "hub/resource";
	}

	@GetMapping("/hub/unsubscribe/{token}")
	String unsubscribeForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "hub/unsubscribe";
	}

	/**
	 * One click: the button on the page, or a mail program's
	 * {@code List-Unsubscribe-Post} (RFC 8058).
	 */
	@PostMapping("/hub/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		model.addAttribute("done", true);
		model.addAttribute("found", this.registrations.unsubscribe(token));
		return "hub/unsubscribe";
	}

	private String eventPage(int number, Model model, Locale locale, String email) {
		Event event = this.events.require(number);
		var vocabulary = this.tags.byKey();
		model.addAttribute("event", EventCard.of(event, locale, this.time.now()));
		model.addAttribute("resources",
				this.curation.of(number)
					.stream()
					.map((resource) -> ResourceCard.of(resource, locale, vocabulary))
					.toList());
		model.addAttribute("email", (email != null) ? email : "");
		// A refused submission was rolled back with its key, so the corrected form may
		// come with a new one.
		model.addAttribute("key", UUID.randomUUID().toString());
		return "hub/event";
	}

	private List<EventCard> cards(List<Event> events, Locale locale) {
		Instant now = this.time.now();
		return events.stream().map((event) -> EventCard.of(event, locale, now)).toList();
	}

	private static <E extends Enum<E>> E parse(String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
