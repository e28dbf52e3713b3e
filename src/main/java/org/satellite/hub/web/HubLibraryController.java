package org.satellite.hub.web;

import java.util.Locale;
import java.util.UUID;

import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.ResourceSearch;
import org.satellite.hub.internal.Resources;
import org.satellite.hub.internal.Tags;
import org.satellite.identity.CurrentStaff;
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
 * The editor's library: add a resource, correct one, and add a tag while doing so. The
 * hub module checks the role again on every change, and adds a resource with its new tag
 * in one transaction.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class HubLibraryController {

	private final Resources resources;

	private final Tags tags;

	private final MessageSource messages;

	private final Refusals refusals;

	HubLibraryController(Resources resources, Tags tags, MessageSource messages, Refusals refusals) {
		this.resources = resources;
		this.tags = tags;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/app/hub/resources")
	String library(Model model, Locale locale) {
		return libraryPage(model, locale, ResourceForm.blank());
	}

	@PostMapping("/app/hub/resources")
	String add(@ModelAttribute ResourceForm form, @RequestParam(required = false) String key, Model model,
			Locale locale, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			Resource added = this.resources.addWithNewTag(CurrentStaff.require(), form.details(), form.newTagEn(),
					form.newTagFr(), key);
			redirect.addFlashAttribute("done", say("hub.editor.resourceAdded", locale, added.title()));
			return "redirect:/app/hub/resources";
		}, () -> libraryPage(model, locale, form));
	}

	@GetMapping("/app/hub/resources/{id}")
	String resource(@PathVariable long id, Model model) {
		return resourcePage(id, model, ResourceForm.of(this.resources.require(id)));
	}

	@PostMapping("/app/hub/resources/{id}")
	String updateResource(@PathVariable long id, @ModelAttribute ResourceForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			this.resources.updateWithNewTag(CurrentStaff.require(), id, form.details(), form.newTagEn(),
					form.newTagFr());
			redirect.addFlashAttribute("done", say("hub.editor.resourceSaved", locale, form.title()));
			return "redirect:/app/hub/resources";
		}, () -> resourcePage(id, model, form));
	}

	private String libraryPage(Model model, Locale locale, ResourceForm form) {
		var vocabulary = this.tags.byKey();
		model.addAttribute("all",
				this.resources.search(ResourceSearch.everything())
					.stream()
					.map((resource) -> ResourceCard.of(resource, locale, vocabulary))
					.toList());
		model.addAttribute("form", form);
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("vocabulary", this.tags.all());
		// A refused submission was rolled back with its key, so a fresh key is right for
		// the next try too.
		model.addAttribute("key", UUID.randomUUID().toString());
		return "hub/editor/resources";
	}

	private String resourcePage(long id, Model model, ResourceForm form) {
		this.resources.require(id);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("vocabulary", this.tags.all());
		return "hub/editor/resource";
	}

	private String say(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
