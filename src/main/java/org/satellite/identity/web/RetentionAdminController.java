package org.satellite.identity.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.identity.CurrentStaff;
import org.satellite.platform.ProgramTime;
import org.satellite.privacy.Resealing;
import org.satellite.privacy.Retention;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the retention limits: each kind of record, how long it is
 * kept, when it was last purged and how much went; and a button to purge now rather than
 * at the next scheduled run. Below, the encryption keys: how many stored values each key
 * sealed, so the administrator knows when an old key can be removed, and a button to seal
 * old values again with the active key now.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RetentionAdminController {

	private final Retention retention;

	private final Resealing resealing;

	private final MessageSource messages;

	private final ProgramTime time;

	RetentionAdminController(Retention retention, Resealing resealing, MessageSource messages, ProgramTime time) {
		this.retention = retention;
		this.resealing = resealing;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/app/admin/retention")
	String policies(Model model, Locale locale) {
		CurrentStaff.require();
		model.addAttribute("policies",
				this.retention.policies()
					.stream()
					.map((policy) -> new Row(
							this.messages.getMessage("retention." + policy.kind(), null, policy.kind(), locale),
							say(policy.limit(), locale), policy.byDefault(), policy.lastRun().orElse(null)))
					.toList());
		model.addAttribute("keys", this.resealing.keyUse());
		model.addAttribute("zone", this.time.zone());
		return "identity/retention";
	}

	@PostMapping("/app/admin/retention/purge")
	String purgeNow(RedirectAttributes redirect, Locale locale) {
		CurrentStaff.require();
		int purged = this.retention.purgeAll();
		redirect.addFlashAttribute("done",
				this.messages.getMessage("retention.purgedNow", new Object[] { purged }, locale));
		return "redirect:/app/admin/retention";
	}

	@PostMapping("/app/admin/retention/reseal")
	String sealAgainNow(RedirectAttributes redirect, Locale locale) {
		CurrentStaff.require();
		var outcomes = this.resealing.sealAgainAll().values();
		int resealed = outcomes.stream().mapToInt(Resealing.Outcome::resealed).sum();
		int unreadable = outcomes.stream().mapToInt(Resealing.Outcome::unreadable).sum();
		redirect.addFlashAttribute("done",
				this.messages.getMessage("retention.keys.resealedNow", new Object[] { resealed, unreadable }, locale));
		return "redirect:/app/admin/retention";
	}

	/** "1 year", "90 days", "1 an et 6 mois". */
	private String say(Period limit, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (limit.getYears() > 0) {
			parts.add(this.messages.getMessage("retention.years", new Object[] { limit.getYears() }, locale));
		}
		if (limit.getMonths() > 0) {
			parts.add(this.messages.getMessage("retention.months", new Object[] { limit.getMonths() }, locale));
		}
		if (limit.getDays() > 0 || parts.isEmpty()) {
			parts.add(this.messages.getMessage("retention.days", new Object[] { limit.getDays() }, locale));
		}
		return String.join(this.messages.getMessage("retention.and", null, locale), parts);
	}

	record Row(String kind, String limit, boolean byDefault, Retention.Run lastRun) {
	}

}
