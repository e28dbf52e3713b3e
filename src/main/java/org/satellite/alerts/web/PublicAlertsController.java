package org.satellite.alerts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertKind;
import org.satellite.alerts.internal.AlertMessages;
import org.satellite.alerts.internal.AlertStatus;
import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.SmsNumber;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.checking.SubstanceClass;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.PublicLinks;
import org.satellite.platform.QrCode;
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
 * The public alert pages in English and French, the printable poster, and the
 * subscription form. Open to everyone; nothing about the reader is recorded.
 */
@Controller
class PublicAlertsController {

	private final AlertDesk desk;

	private final Subscriptions subscriptions;

	private final Sites sites;

	private final ProgramTime time;

	private final MessageSource messages;

	private final Refusals refusals;

	private final PublicRateLimit limit;

	private final SmsNumber smsNumber;

	private final PublicLinks links;

	private final AlertMessages words;

	PublicAlertsController(AlertDesk desk, Subscriptions subscriptions, Sites sites, ProgramTime time,
			MessageSource messages, Refusals refusals, PublicRateLimit limit, SmsNumber smsNumber, PublicLinks links,
			AlertMessages words) {
		this.limit = limit;
		this.smsNumber = smsNumber;
		this.links = links;
		this.words = words;
		this.desk = desk;
		this.subscriptions = subscriptions;
		this.sites = sites;
		this.time = time;
		this.messages = messages;
		this.refusals = refusals;
	}

	/** How many subscriptions one address may ask for in an hour. */
	static final int SUBSCRIPTIONS_PER_HOUR = 10;

	@GetMapping("/alerts")
	String list(Model model) {
		List<Alert> published = this.desk.published();
		model.addAttribute("active", this.desk.inEffect());
		model.addAttribute("past",
				published.stream()
					.filter((alert) -> alert.kind() == AlertKind.CANCEL
							|| alert.statusAt(this.time.now()) != AlertStatus.ISSUED)
					.toList());
		common(model);
		return "alerts/public-list";
	}

	@GetMapping("/alerts/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return published(id, model, locale, "alerts/public-alert");
	}

	/**
	 * The poster, in the reader's language first and the other beside it: the alert, its
	 * zones by code, the number to text with the keyword to send, and the alert's public
	 * address with its QR code.
	 */
	@GetMapping("/alerts/{id}/poster")
	String poster(@PathVariable UUID id, Model model, Locale locale) {
		Locale first = Languages.closestTo(locale);
		Locale second = Languages.FRENCH.equals(first) ? Languages.ENGLISH : Languages.FRENCH;
		Alert alert = this.desk.requirePublished(id);
		String link = this.links.to("/alerts/" + alert.id());
		model.addAttribute("sides", List.of(first, second));
		model.addAttribute("words", this.words);
		model.addAttribute("zones",
				alert.zones()
					.stream()
					.map((code) -> this.sites.zone(code).orElse(new Zone(code, code, code)))
					.toList());
		model.addAttribute("joinWith", alert.everyZone() ? null : alert.zones().get(0));
		model.addAttribute("link", link);
		model.addAttribute("long",
				POSTER_LARGE_PRINT < Math.max(printed(alert, Languages.ENGLISH), printed(alert, Languages.FRENCH)));
		model.addAttribute("smsNumber", this.smsNumber.printed().orElse(null));
		model.addAttribute("qr", QrCode.svg(link, this.words.get("alerts.poster.qr", first, link)));
		return published(id, model, locale, "alerts/poster");
	}

	/**
	 * The most characters of headline, details and what to do, in a language, that the
	 * poster prints in large type on one page; longer alerts print smaller.
	 */
	static final int POSTER_LARGE_PRINT = 300;

	private static int printed(Alert alert, Locale language) {
		return alert.text().headline(language).length() + alert.text().body(language).length()
				+ alert.text().instruction(language).length();
	}

	/** An issued alert on a public page, its zones named in the reader's language. */
	private String published(UUID id, Model model, Locale locale, String view) {
		Alert alert = this.desk.requirePublished(id);
		model.addAttribute("alert", alert);
		model.addAttribute("zoneList",
				alert.zones()
					.stream()
					.map((code) -> this.sites.zone(code).map((zone) -> zone.name(locale)).orElse(code))
					.collect(Collectors.joining(", ")));
		common(model);
		return view;
	}

	@GetMapping("/alerts/subscribe")
	String subscribeForm(Model model, Locale locale) {
		return subscribeForm(model, new Subscriptions.Choices(null, null, List.of(), true, List.of(), Severity.ADVISORY,
				Languages.closestTo(locale)));
	}

	/**
	 * The form with these choices ticked: the defaults, or what the person sent when it
	 * comes back with a problem.
	 */
	private String subscribeForm(Model model, Subscriptions.Choices choices) {
		model.addAttribute("choices", choices);
		model.addAttribute("smsNumber", this.smsNumber.printed().orElse(null));
		model.addAttribute("exampleZone", this.sites.zones().stream().map(Zone::code).findFirst().orElse("ALL"));
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("classes", SubstanceClass.values());
		model.addAttribute("severities", Severity.values());
		return "alerts/subscribe";
	}

	@PostMapping("/alerts/subscribe")
	String subscribe(@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) List<String> zones,
			@RequestParam(required = false) List<SubstanceClass> classes,
			@RequestParam(defaultValue = "ADVISORY") Severity minimumSeverity,
			@RequestParam(defaultValue = "en") String language, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletRequest http, HttpServletResponse response) {
		boolean all = zones != null && zones.contains("ALL");
		List<String> chosen = (zones == null) ? List.of()
				: zones.stream().filter((zone) -> !"ALL".equals(zone)).toList();
		Subscriptions.Request request = new Subscriptions.Request(chosen, all, classes, minimumSeverity,
				Locale.forLanguageTag(language));
		Subscriptions.Choices sent = new Subscriptions.Choices(null, null, chosen, all,
				(classes == null) ? List.of() : classes, minimumSeverity, Languages.closestTo(request.language()));
		// Shown again with a problem, so that nobody types their number twice.
		model.addAttribute("phone", typed(phone));
		model.addAttribute("email", typed(email));
		if (!this.limit.allow("subscribe", SUBSCRIPTIONS_PER_HOUR, http)) {
			response.setStatus(429);
			model.addAttribute("problem", this.messages.getMessage("alerts.error.tooMany", null, locale));
			return subscribeForm(model, sent);
		}
		return this.refusals.orFormAgain(model, () -> {
			if (email != null && !email.isBlank() && (phone == null || phone.isBlank())) {
				this.subscriptions.subscribeEmail(email, request);
				redirect.addFlashAttribute("askedEmail", true);
			}
			else {
				this.subscriptions.subscribePhone(phone, request);
				redirect.addFlashAttribute("asked", true);
			}
			return "redirect:/alerts/subscribe";
		}, () -> subscribeForm(model, sent));
	}

	@GetMapping("/alerts/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "alerts/confirm";
	}

	@PostMapping("/alerts/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return this.refusals.orFormAgain(model, () -> {
			this.subscriptions.confirmEmail(token);
			model.addAttribute("confirmed", true);
			return "alerts/confirm";
		}, () -> "alerts/confirm");
	}

	@GetMapping("/alerts/unsubscribe/{id}/{signature}")
	String unsubscribePage(@PathVariable long id, @PathVariable String signature, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("signature", signature);
		return "alerts/unsubscribe";
	}

	/**
	 * Also the one-click unsubscribe of mail programs (RFC 8058), which post without a
	 * CSRF token: the signed link is the proof, so this path is exempt from CSRF.
	 */
	@PostMapping("/alerts/unsubscribe/{id}/{signature}")
	String unsubscribe(@PathVariable long id, @PathVariable String signature, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("signature", signature);
		return this.refusals.orFormAgain(model, () -> {
			this.subscriptions.unsubscribe(id, signature);
			model.addAttribute("done", true);
			return "alerts/unsubscribe";
		}, () -> "alerts/unsubscribe");
	}

	/**
	 * What the person typed, to show again with the problem (at most a field's length):
	 * kept in the page only, never logged or stored.
	 */
	private static String typed(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > 254) ? stripped.substring(0, 254) : stripped;
	}

	private void common(Model model) {
		model.addAttribute("zone", this.time.zone());
		model.addAttribute("now", this.time.now());
	}

}
