package org.satellite.referrals.web;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.referrals.internal.DirectoryEntry;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.internal.ReferralOutcome;
import org.satellite.referrals.Referrals;
import org.satellite.referrals.internal.ServicesDirectory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The peer worker's referrals: tap a kind of service, tap the service (or "not listed"), done. The last two weeks'
 * referrals are listed below with a tap for what came of each.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerReferralsController {

	private final Referrals referrals;

	private final ServicesDirectory directory;

	private final ProgramTime time;

	private final MessageSource messages;

	PeerReferralsController(Referrals referrals, ServicesDirectory directory, ProgramTime time, MessageSource messages) {
		this.referrals = referrals;
		this.directory = directory;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/app/peer/referrals")
	String page(@RequestParam(required = false) String kind, Model model) {
		String site = site();
		ReferralKind chosen = kind(kind);
		model.addAttribute("site", site);
		model.addAttribute("kinds", ReferralKind.values());
		model.addAttribute("kind", chosen);
		if (chosen != null) {
			model.addAttribute("services", this.directory.active(chosen));
		}
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("recent", this.referrals.since(site, this.time.now().minus(Duration.ofDays(14))));
		model.addAttribute("names", this.directory.all()
			.stream()
			.collect(Collectors.toMap(DirectoryEntry::id, (service) -> service)));
		model.addAttribute("outcomes", ReferralOutcome.values());
		model.addAttribute("zone", this.time.zone());
		return "referrals/peer";
	}

	@PostMapping("/app/peer/referrals")
	String refer(@RequestParam String kind, @RequestParam(required = false) String service, @RequestParam String key,
			RedirectAttributes redirect, Locale locale) {
		try {
			Long serviceId = (service == null || service.isBlank()) ? null : Long.valueOf(service);
			this.referrals.refer(staff(), site(), kind(kind), serviceId, key);
			redirect.addFlashAttribute("saved", true);
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("problem", this.messages.getMessage("referrals.error.unknownService", null, locale));
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", this.messages.getMessage(refusal, locale));
		}
		return "redirect:/app/peer/referrals";
	}

	@PostMapping("/app/peer/referrals/{id}/outcome")
	String outcome(@PathVariable UUID id, @RequestParam String outcome, RedirectAttributes redirect, Locale locale) {
		try {
			this.referrals.recordOutcome(staff(), id, ReferralOutcome.valueOf(outcome));
			redirect.addFlashAttribute("outcomeSaved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", this.messages.getMessage("referrals.error.outcomeRequired", null, locale));
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", this.messages.getMessage(refusal, locale));
		}
		return "redirect:/app/peer/referrals";
	}

	static ReferralKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ReferralKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("referrals.error.kindRequired");
		}
	}

	private static StaffMember staff() {
		return CurrentStaff.require();
	}

	private static String site() {
		return staff().siteCode().orElseThrow();
	}


}
