package org.satellite.alerts.web;

import java.util.List;
import java.util.Locale;

import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.checking.SubstanceClass;
import org.satellite.network.Sites;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A subscriber's preferences page, reached without login by the signed link in every
 * alert email and in the confirmation email: change zones, substance classes, level and
 * language, leave one zone or one class and keep the others, or stop everything. The
 * address is never shown, only masked. Nothing about the reader is recorded.
 */
@Controller
class PreferencesController {

	private static final String PATH = "/alerts/preferences/{id}/{signature}";

	private final Subscriptions subscriptions;

	private final Sites sites;

	private final MessageSource messages;

	private final Refusals refusals;

	PreferencesController(Subscriptions subscriptions, Sites sites, MessageSource messages, Refusals refusals) {
		this.subscriptions = subscriptions;
		this.sites = sites;
		this.messages = messages;
		this.refusals = refusals;
	}

	/**
	 * The subscriber's choices as saved; also the page shown again after a refused
	 * change. When the link itself is the problem (a wrong signature, a subscription
	 * gone), the page says so instead of the change's reason.
	 */
	@GetMapping(PATH)
	String page(@PathVariable long id, @PathVariable String signature, Model model) {
		return this.refusals.orFormAgain(model, () -> {
			model.addAttribute("choices", this.subscriptions.choices(id, signature)
				.orElseThrow(() -> new Refusal("alerts.error.noSubscription")));
			return form(id, signature, model);
		}, () -> form(id, signature, model));
	}

	@PostMapping(PATH)
	String save(@PathVariable long id, @PathVariable String signature,
			@RequestParam(required = false) List<String> zones,
			@RequestParam(required = false) List<SubstanceClass> classes,
			@RequestParam(required = false) Severity minimumSeverity,
			@RequestParam(defaultValue = "en") String language, Model model, RedirectAttributes redirect) {
		boolean all = zones != null && zones.contains("ALL");
		List<String> chosen = (zones == null) ? List.of()
				: zones.stream().filter((zone) -> !"ALL".equals(zone)).toList();
		Locale wanted = Locale.forLanguageTag(language);
		return this.refusals.orFormAgain(model, () -> {
			this.subscriptions.change(id, signature,
					new Subscriptions.Request(chosen, all, classes, minimumSeverity, wanted));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/alerts/preferences/" + id + "/" + signature + "?lang=" + wanted.getLanguage();
		}, () -> page(id, signature, model));
	}

	@PostMapping(PATH + "/leave-zone")
	String leaveZone(@PathVariable long id, @PathVariable String signature, @RequestParam(required = false) String zone,
			Model model, RedirectAttributes redirect, Locale locale) {
		return this.refusals.orFormAgain(model, () -> {
			this.subscriptions.leaveZone(id, signature, zone);
			String name = this.sites.zone(zone.strip().toUpperCase(Locale.ROOT))
				.map((found) -> found.name(locale))
				.orElse(zone);
			redirect.addFlashAttribute("left", name);
			return "redirect:/alerts/preferences/" + id + "/" + signature;
		}, () -> page(id, signature, model));
	}

	@PostMapping(PATH + "/leave-class")
	String leaveClass(@PathVariable long id, @PathVariable String signature,
			@RequestParam(name = "class", required = false) String substanceClass, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.refusals.orFormAgain(model, () -> {
			SubstanceClass chosen = substanceClass(substanceClass);
			this.subscriptions.leaveClass(id, signature, chosen);
			redirect.addFlashAttribute("left",
					this.messages.getMessage("checking.class." + chosen.name(), null, locale));
			return "redirect:/alerts/preferences/" + id + "/" + signature;
		}, () -> page(id, signature, model));
	}

	private String form(long id, String signature, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("signature", signature);
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("severities", Severity.values());
		return "alerts/preferences";
	}

	private static SubstanceClass substanceClass(String name) {
		try {
			return SubstanceClass.valueOf(String.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("alerts.error.notYourClass");
		}
	}

}
