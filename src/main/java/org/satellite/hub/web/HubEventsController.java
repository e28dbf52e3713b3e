package org.satellite.hub.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.satellite.hub.internal.Curation;
import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.EventStatus;
import org.satellite.hub.internal.Events;
import org.satellite.hub.internal.Registrations;
import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.ResourceSearch;
import org.satellite.hub.internal.Resources;
import org.satellite.hub.internal.Tags;
import org.satellite.hub.internal.EventTimes;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's events: plan them, and put together each event's list of resources from
 * the library. The hub module checks the role again on every change.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class HubEventsController {

	/**
	 * The zones an event is planned in, offered first; any other zone id is accepted too.
	 */
	static final List<String> ZONES = List.of("America/St_Johns", "America/Halifax", "America/Toronto",
			"America/Winnipeg", "America/Regina", "America/Edmonton", "America/Vancouver", "America/Whitehorse", "UTC");

	private final Events events;

	private final Resources resources;

	private final Curation curation;

	private final Registrations registrations;

	private final Tags tags;

	private final MessageSource messages;

	private final Refusals refusals;

	HubEventsController(Events events, Resources resources, Curation curation, Registrations registrations, Tags tags,
			MessageSource messages, Refusals refusals) {
		this.events = events;
		this.resources = resources;
		this.curation = curation;
		this.registrations = registrations;
		this.tags = tags;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/hub")
	String overview(Model model, Locale locale) {
		List<Event> all = this.events.all();
		return eventsPage(model, locale, EventForm.blank(all.isEmpty() ? 1 : all.get(0).number() + 1));
	}

	@PostMapping("/app/hub/events")
	String create(@ModelAttribute EventForm form, Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			Event event = this.events.create(CurrentStaff.require(), form.parsedNumber(), form.details());
			redirect.addFlashAttribute("done", say("hub.editor.created", locale, event.number()));
			return "redirect:/app/hub/events/" + event.number();
		}, () -> eventsPage(model, locale, form));
	}

	@GetMapping("/app/hub/events/{number}")
	String event(@PathVariable int number, Model model, Locale locale) {
		return eventPage(number, model, locale, EventForm.of(this.events.require(number)));
	}

	@PostMapping("/app/hub/events/{number}")
	String update(@PathVariable int number, @ModelAttribute EventForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			this.events.update(CurrentStaff.require(), number, form.details());
			redirect.addFlashAttribute("done", say("hub.editor.saved", locale, number));
			return "redirect:/app/hub/events/" + number;
		}, () -> eventPage(number, model, locale, form));
	}

	@PostMapping("/app/hub/events/{number}/resources")
	String attach(@PathVariable int number, @RequestParam(required = false) Long resource,
			RedirectAttributes redirect) {
		return curate(number, redirect, () -> {
			if (resource == null) {
				throw new Refusal("hub.error.chooseResource");
			}
			this.curation.attach(CurrentStaff.require(), number, resource);
		});
	}

	@PostMapping("/app/hub/events/{number}/resources/{resource}/move")
	String move(@PathVariable int number, @PathVariable long resource, @RequestParam int step,
			RedirectAttributes redirect) {
		return curate(number, redirect, () -> this.curation.move(CurrentStaff.require(), number, resource, step));
	}

	@PostMapping("/app/hub/events/{number}/resources/{resource}/remove")
	String detach(@PathVariable int number, @PathVariable long resource, RedirectAttributes redirect) {
		return curate(number, redirect, () -> this.curation.detach(CurrentStaff.require(), number, resource));
	}

	private String eventsPage(Model model, Locale locale, EventForm form) {
		model.addAttribute("events",
				this.events.all()
					.stream()
					.map((event) -> new EventRow(event.number(), event.title(locale), EventTimes.when(event, locale),
							"hub.status." + event.status().name(), this.registrations.count(event.number())))
					.toList());
		model.addAttribute("form", form);
		choices(model, locale);
		return "hub/editor/events";
	}

	private String eventPage(int number, Model model, Locale locale, EventForm form) {
		this.events.require(number);
		List<Resource> listed = this.curation.of(number);
		var vocabulary = this.tags.byKey();
		model.addAttribute("number", number);
		model.addAttribute("form", form);
		model.addAttribute("registered", this.registrations.count(number));
		model.addAttribute("listed",
				listed.stream().map((resource) -> ResourceCard.of(resource, locale, vocabulary)).toList());
		model.addAttribute("others",
				this.resources.search(ResourceSearch.everything())
					.stream()
					.filter((resource) -> listed.stream().noneMatch((on) -> on.id() == resource.id()))
					.toList());
		choices(model, locale);
		return "hub/editor/event";
	}

	private void choices(Model model, Locale locale) {
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("zones", ZONES.stream()
			.map((zone) -> new ZoneChoice(zone, EventTimes.zoneName(ZoneId.of(zone), locale) + " (" + zone + ")"))
			.toList());
	}

	private String curate(int number, RedirectAttributes redirect, Runnable change) {
		String back = "redirect:/app/hub/events/" + number + "#resources";
		return this.refusals.orBack(redirect, () -> {
			change.run();
			return back;
		}, back);
	}

	private String say(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	record EventRow(int number, String title, String when, String statusKey, long registered) {
	}

	record ZoneChoice(String id, String name) {
	}

}
