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
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.ResourceSearch;
import org.satellite.hub.internal.Resources;
import org.satellite.hub.internal.Tag;
import org.satellite.hub.internal.Tags;
import org.satellite.hub.internal.EventTimes;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The editor's pages: plan events, keep the library, and put together each event's list of resources. The hub module
 * checks the role again on every change.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class HubEditorController {

	/** The zones an event is planned in, offered first; any other zone id is accepted too. */
	static final List<String> ZONES = List.of("America/St_Johns", "America/Halifax", "America/Toronto",
			"America/Winnipeg", "America/Regina", "America/Edmonton", "America/Vancouver", "America/Whitehorse", "UTC");

	private final Events events;

	private final Resources resources;

	private final Curation curation;

	private final Registrations registrations;

	private final MessageSource messages;

	private final Tags tags;

	private final TransactionTemplate transaction;

	HubEditorController(Events events, Resources resources, Curation curation, Registrations registrations,
			MessageSource messages, Tags tags, TransactionTemplate transaction) {
		this.events = events;
		this.resources = resources;
		this.curation = curation;
		this.registrations = registrations;
		this.messages = messages;
		this.tags = tags;
		this.transaction = transaction;
	}

	@GetMapping("/app/hub")
	String overview(Model model, Locale locale) {
		List<Event> all = this.events.all();
		return eventsPage(model, locale, EventForm.blank(all.isEmpty() ? 1 : all.get(0).number() + 1), null);
	}

	@PostMapping("/app/hub/events")
	String create(@ModelAttribute EventForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Event event = this.events.create(CurrentStaff.require(), form.parsedNumber(), form.details());
			redirect.addFlashAttribute("done", say("hub.editor.created", locale, event.number()));
			return "redirect:/app/hub/events/" + event.number();
		}
		catch (Refusal refusal) {
			response.setStatus(422);
			return eventsPage(model, locale, form, this.messages.getMessage(refusal, locale));
		}
	}

	@GetMapping("/app/hub/events/{number}")
	String event(@PathVariable int number, Model model, Locale locale) {
		return eventPage(number, model, locale, EventForm.of(this.events.require(number)), null);
	}

	@PostMapping("/app/hub/events/{number}")
	String update(@PathVariable int number, @ModelAttribute EventForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.events.update(CurrentStaff.require(), number, form.details());
			redirect.addFlashAttribute("done", say("hub.editor.saved", locale, number));
			return "redirect:/app/hub/events/" + number;
		}
		catch (Refusal refusal) {
			if (refusal instanceof org.satellite.platform.NotFound) {
				throw refusal;
			}
			response.setStatus(422);
			return eventPage(number, model, locale, form, this.messages.getMessage(refusal, locale));
		}
	}

	@PostMapping("/app/hub/events/{number}/resources")
	String attach(@PathVariable int number, @RequestParam(required = false) Long resource, RedirectAttributes redirect,
			Locale locale) {
		return curate(number, redirect, locale, () -> {
			if (resource == null) {
				throw new Refusal("hub.error.chooseResource");
			}
			this.curation.attach(CurrentStaff.require(), number, resource);
		});
	}

	@PostMapping("/app/hub/events/{number}/resources/{resource}/move")
	String move(@PathVariable int number, @PathVariable long resource, @RequestParam int step,
			RedirectAttributes redirect, Locale locale) {
		return curate(number, redirect, locale,
				() -> this.curation.move(CurrentStaff.require(), number, resource, step));
	}

	@PostMapping("/app/hub/events/{number}/resources/{resource}/remove")
	String detach(@PathVariable int number, @PathVariable long resource, RedirectAttributes redirect, Locale locale) {
		return curate(number, redirect, locale, () -> this.curation.detach(CurrentStaff.require(), number, resource));
	}

	@GetMapping("/app/hub/resources")
	String library(Model model, Locale locale) {
		return libraryPage(model, locale, ResourceForm.blank(), null);
	}

	@PostMapping("/app/hub/resources")
	String add(@ModelAttribute ResourceForm form, @RequestParam(required = false) String key, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Resource added = this.transaction
				.execute((status) -> this.resources.add(CurrentStaff.require(), withNewTag(form).details(), key));
			redirect.addFlashAttribute("done", say("hub.editor.resourceAdded", locale, added.title()));
			return "redirect:/app/hub/resources";
		}
		catch (Refusal refusal) {
			response.setStatus(422);
			return libraryPage(model, locale, form, this.messages.getMessage(refusal, locale));
		}
	}

	@GetMapping("/app/hub/resources/{id}")
	String resource(@PathVariable long id, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", ResourceForm.of(this.resources.require(id)));
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("vocabulary", this.tags.all());
		return "hub/editor/resource";
	}

	@PostMapping("/app/hub/resources/{id}")
	String updateResource(@PathVariable long id, @ModelAttribute ResourceForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.transaction.executeWithoutResult(
					(status) -> this.resources.update(CurrentStaff.require(), id, withNewTag(form).details()));
			redirect.addFlashAttribute("done", say("hub.editor.resourceSaved", locale, form.title()));
			return "redirect:/app/hub/resources";
		}
		catch (Refusal refusal) {
			if (refusal instanceof org.satellite.platform.NotFound) {
				throw refusal;
			}
			response.setStatus(422);
			model.addAttribute("id", id);
			model.addAttribute("form", form);
			model.addAttribute("kinds", ResourceKind.values());
			model.addAttribute("vocabulary", this.tags.all());
			model.addAttribute("problem", this.messages.getMessage(refusal, locale));
			return "hub/editor/resource";
		}
	}

	private String eventsPage(Model model, Locale locale, EventForm form, String problem) {
		model.addAttribute("events", this.events.all()
			.stream()
			.map((event) -> new EventRow(event.number(), event.title(locale), EventTimes.when(event, locale),
					"hub.status." + event.status().name(), this.registrations.count(event.number())))
			.toList());
		model.addAttribute("form", form);
		if (problem != null) {
			model.addAttribute("problem", problem);
		}
		choices(model, locale);
		return "hub/editor/events";
	}

	private String eventPage(int number, Model model, Locale locale, EventForm form, String problem) {
		this.events.require(number);
		List<Resource> listed = this.curation.of(number);
		var vocabulary = this.tags.byKey();
		model.addAttribute("number", number);
		model.addAttribute("form", form);
		if (problem != null) {
			model.addAttribute("problem", problem);
		}
		model.addAttribute("registered", this.registrations.count(number));
		model.addAttribute("listed", listed.stream().map((resource) -> ResourceCard.of(resource, locale, vocabulary)).toList());
		model.addAttribute("others", this.resources.search(ResourceSearch.everything())
			.stream()
			.filter((resource) -> listed.stream().noneMatch((on) -> on.id() == resource.id()))
			.toList());
		choices(model, locale);
		return "hub/editor/event";
	}

	private String libraryPage(Model model, Locale locale, ResourceForm form, String problem) {
		var vocabulary = this.tags.byKey();
		model.addAttribute("all", this.resources.search(ResourceSearch.everything())
			.stream()
			.map((resource) -> ResourceCard.of(resource, locale, vocabulary))
			.toList());
		model.addAttribute("form", form);
		if (problem != null) {
			model.addAttribute("problem", problem);
		}
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("vocabulary", this.tags.all());
		// A refused submission was rolled back with its key, so a fresh key is right for the next try too.
		model.addAttribute("key", java.util.UUID.randomUUID().toString());
		return "hub/editor/resources";
	}

	@GetMapping("/app/hub/tags")
	String tagsPage(Model model) {
		return tagsPage(model, null);
	}

	@PostMapping("/app/hub/tags")
	String addTag(@RequestParam(required = false) String labelEn, @RequestParam(required = false) String labelFr,
			@RequestParam(required = false) String key, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Tag added = this.tags.add(CurrentStaff.require(), labelEn, labelFr, key);
			redirect.addFlashAttribute("done", say("hub.editor.tagAdded", locale, added.label(locale)));
			return "redirect:/app/hub/tags";
		}
		catch (Refusal refusal) {
			model.addAttribute("labelEn", (labelEn != null) ? labelEn : "");
			model.addAttribute("labelFr", (labelFr != null) ? labelFr : "");
			return refusedOnTagsPage(refusal, model, locale, response);
		}
	}

	@PostMapping("/app/hub/tags/labels")
	String labelTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String labelEn,
			@RequestParam(required = false) String labelFr, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Tag labelled = this.tags.label(CurrentStaff.require(), tag, labelEn, labelFr);
			redirect.addFlashAttribute("done", say("hub.editor.tagSaved", locale, labelled.label(locale)));
			return "redirect:/app/hub/tags";
		}
		catch (Refusal refusal) {
			if (refusal instanceof org.satellite.platform.NotFound) {
				throw refusal;
			}
			return refusedOnTagsPage(refusal, model, locale, response);
		}
	}

	@PostMapping("/app/hub/tags/merge")
	String mergeTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String into, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Tags.Merged merged = this.tags.merge(CurrentStaff.require(), tag, into);
			redirect.addFlashAttribute("done", say("hub.editor.tagMerged", locale, merged.from().label(locale),
					merged.into().label(locale), merged.resources()));
			return "redirect:/app/hub/tags";
		}
		catch (Refusal refusal) {
			return refusedOnTagsPage(refusal, model, locale, response);
		}
	}

	@PostMapping("/app/hub/tags/delete")
	String deleteTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String confirm,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (!"yes".equals(confirm)) {
				throw new Refusal("hub.error.confirmDelete");
			}
			Tags.Deleted deleted = this.tags.delete(CurrentStaff.require(), tag);
			redirect.addFlashAttribute("done",
					say("hub.editor.tagDeleted", locale, deleted.tag().label(locale), deleted.resources()));
			return "redirect:/app/hub/tags";
		}
		catch (Refusal refusal) {
			return refusedOnTagsPage(refusal, model, locale, response);
		}
	}

	/** The tags page again, answering 422, with what was wrong in the editor's language. */
	private String refusedOnTagsPage(Refusal refusal, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(422);
		return tagsPage(model, this.messages.getMessage(refusal, locale));
	}

	private String tagsPage(Model model, String problem) {
		List<Tag> all = this.tags.all();
		model.addAttribute("all", all);
		model.addAttribute("usage", this.tags.usage());
		model.addAttribute("untranslated", all.stream().filter((tag) -> !tag.hasFrench()).count());
		if (problem != null) {
			model.addAttribute("problem", problem);
		}
		if (!model.containsAttribute("labelEn")) {
			model.addAttribute("labelEn", "");
			model.addAttribute("labelFr", "");
		}
		model.addAttribute("key", java.util.UUID.randomUUID().toString());
		return "hub/editor/tags";
	}

	/** Adds the tag typed on a resource's form, in the caller's transaction, and ticks it. */
	private ResourceForm withNewTag(ResourceForm form) {
		if (!form.addsTag()) {
			return form;
		}
		Tag added = this.tags.addWithResource(CurrentStaff.require(), form.newTagEn(), form.newTagFr());
		return form.with(added.key());
	}

	private void choices(Model model, Locale locale) {
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("zones", ZONES.stream()
			.map((zone) -> new ZoneChoice(zone, EventTimes.zoneName(ZoneId.of(zone), locale) + " (" + zone + ")"))
			.toList());
	}

	private String curate(int number, RedirectAttributes redirect, Locale locale, Runnable change) {
		try {
			change.run();
		}
		catch (Refusal refusal) {
			if (refusal instanceof org.satellite.platform.NotFound) {
				throw refusal;
			}
			redirect.addFlashAttribute("problem", this.messages.getMessage(refusal, locale));
		}
		return "redirect:/app/hub/events/" + number + "#resources";
	}

	private String say(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	record EventRow(int number, String title, String when, String statusKey, long registered) {
	}

	record ZoneChoice(String id, String name) {
	}

}
