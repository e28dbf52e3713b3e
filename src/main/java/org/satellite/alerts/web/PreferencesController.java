package org.satellite.alerts.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.SubstanceClass;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.network.Sites;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A subscriber's preferences page, reached without login by the signed link in every alert email and in the
 * confirmation email: change zones, substance classes, level and language, leave one zone or one class and keep the
 * others, or stop everything. The address is never shown, only masked. Nothing about the reader is recorded.
 */
@Controller
class PreferencesController {

	private static final String PATH = "/alerts/preferences/{id}/{signature}";

	private final Subscriptions subscriptions;

	private final Sites sites;

	private final MessageSource messages;

	PreferencesController(Subscriptions subscriptions, Sites sites, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.sites = sites;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(@PathVariable long id, @PathVariable String signature, Model model, Locale locale) {
		try {
			Optional<Subscriptions.Choices> choices = this.subscriptions.choices(id, signature);
			if (choices.isEmpty()) {
				model.addAttribute("problem", this.messages.getMessage("alerts.error.noSubscription", null, locale));
			}
			else {
				model.addAttribute("choices", choices.get());
			}
		}
		catch (Refusal refusal) {
			model.addAttribute("problem", this.messages.getMessage(refusal, locale));
		}
		model.addAttribute("id", id);
		model.addAttribute("signature", signature);
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("severities", Severity.values());
		return "alerts/preferences";
	}

	@PostMapping(PATH)
	String save(@PathVariable long id, @PathVariable String signature,
			@RequestParam(required = false) List<String> zones,
			@RequestParam(required = false) List<SubstanceClass> classes,
			@RequestParam(required = false) Severity minimumSeverity,
			@RequestParam(defaultValue = "en") String language, Model model, RedirectAttributes redirect, Locale locale) {
		boolean all = zones != null && zones.contains("ALL");
		List<String> chosen = (zones == null) ? List.of() : zones.stream().filter((zone) -> !"ALL".equals(zone)).toList();
		Locale wanted = Locale.forLanguageTag(language);
		try {
			this.subscriptions.change(id, signature,
					new Subscriptions.Request(chosen, all, classes, minimumSeverity, wanted));
		}
		catch (Refusal refusal) {
			return refused(id, signature, refusal, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/alerts/preferences/" + id + "/" + signature + "?lang=" + wanted.getLanguage();
	}

	@PostMapping(PATH + "/leave-zone")
	String leaveZone(@PathVariable long id, @PathVariable String signature, @RequestParam(required = false) String zone,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.subscriptions.leaveZone(id, signature, zone);
		}
		catch (Refusal refusal) {
			return refused(id, signature, refusal, model, locale);
		}
		String name = this.sites.zone(zone.strip().toUpperCase(Locale.ROOT)).map((found) -> found.name(locale)).orElse(zone);
		redirect.addFlashAttribute("left", name);
		return "redirect:/alerts/preferences/" + id + "/" + signature;
	}

	@PostMapping(PATH + "/leave-class")
	String leaveClass(@PathVariable long id, @PathVariable String signature,
			@RequestParam(name = "class", required = false) String substanceClass, Model model,
			RedirectAttributes redirect, Locale locale) {
		SubstanceClass chosen;
		try {
			chosen = SubstanceClass.valueOf(String.valueOf(substanceClass));
		}
		catch (IllegalArgumentException ex) {
			return refused(id, signature, new Refusal("alerts.error.notYourClass"), model, locale);
		}
		try {
			this.subscriptions.leaveClass(id, signature, chosen);
		}
		catch (Refusal refusal) {
			return refused(id, signature, refusal, model, locale);
		}
		redirect.addFlashAttribute("left", this.messages.getMessage("alerts.class." + chosen.name(), null, locale));
		return "redirect:/alerts/preferences/" + id + "/" + signature;
	}

	private String refused(long id, String signature, Refusal refusal, Model model, Locale locale) {
		String problem = this.messages.getMessage(refusal, locale);
		String page = page(id, signature, model, locale);
		model.addAttribute("problem", problem);
		return page;
	}

}
