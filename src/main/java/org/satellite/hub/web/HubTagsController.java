package org.satellite.hub.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.satellite.hub.internal.Tag;
import org.satellite.hub.internal.Tags;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's tag vocabulary: add a tag, label it in both languages, merge two, delete
 * one. The hub module checks the role again on every change.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class HubTagsController {

	private static final String PAGE = "redirect:/app/hub/tags";

	private final Tags tags;

	private final MessageSource messages;

	private final Refusals refusals;

	HubTagsController(Tags tags, MessageSource messages, Refusals refusals) {
		this.tags = tags;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/hub/tags")
	String tagsPage(Model model) {
		return tagsPage(model, "", "");
	}

	@PostMapping("/app/hub/tags")
	String addTag(@RequestParam(required = false) String labelEn, @RequestParam(required = false) String labelFr,
			@RequestParam(required = false) String key, Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			Tag added = this.tags.add(CurrentStaff.require(), labelEn, labelFr, key);
			redirect.addFlashAttribute("done", say("hub.editor.tagAdded", locale, added.label(locale)));
			return PAGE;
		}, () -> tagsPage(model, labelEn, labelFr));
	}

	@PostMapping("/app/hub/tags/labels")
	String labelTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String labelEn,
			@RequestParam(required = false) String labelFr, Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			Tag labelled = this.tags.label(CurrentStaff.require(), tag, labelEn, labelFr);
			redirect.addFlashAttribute("done", say("hub.editor.tagSaved", locale, labelled.label(locale)));
			return PAGE;
		}, () -> tagsPage(model, "", ""));
	}

	@PostMapping("/app/hub/tags/merge")
	String mergeTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String into,
			Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			Tags.Merged merged = this.tags.merge(CurrentStaff.require(), tag, into);
			redirect.addFlashAttribute("done", say("hub.editor.tagMerged", locale, merged.from().label(locale),
					merged.into().label(locale), merged.resources()));
			return PAGE;
		}, () -> tagsPage(model, "", ""));
	}

	@PostMapping("/app/hub/tags/delete")
	String deleteTag(@RequestParam(required = false) String tag, @RequestParam(required = false) String confirm,
			Model model, Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			if (!"yes".equals(confirm)) {
				throw new Refusal("hub.error.confirmDelete");
			}
			Tags.Deleted deleted = this.tags.delete(CurrentStaff.require(), tag);
			redirect.addFlashAttribute("done",
					say("hub.editor.tagDeleted", locale, deleted.tag().label(locale), deleted.resources()));
			return PAGE;
		}, () -> tagsPage(model, "", ""));
	}

	/** The tags page, with the new tag's fields holding what was typed in them. */
	private String tagsPage(Model model, String labelEn, String labelFr) {
		List<Tag> all = this.tags.all();
		model.addAttribute("all", all);
		model.addAttribute("usage", this.tags.usage());
		model.addAttribute("untranslated", all.stream().filter((tag) -> !tag.hasFrench()).count());
		model.addAttribute("labelEn", (labelEn != null) ? labelEn : "");
		model.addAttribute("labelFr", (labelFr != null) ? labelFr : "");
		model.addAttribute("key", UUID.randomUUID().toString());
		return "hub/editor/tags";
	}

	private String say(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
