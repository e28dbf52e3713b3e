package org.satellite.referrals.web;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;
import org.satellite.referrals.internal.DirectoryEntry;
import org.satellite.referrals.ReferralKind;
import org.satellite.referrals.internal.ReferralOutcome;
import org.satellite.referrals.Referrals;
import org.satellite.referrals.internal.ServicesDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The peer worker's referrals: tap a kind of service, tap the service (or "not listed"),
 * done. The last two weeks' referrals are listed below with a tap for what came of each.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerReferralsController {

	private final Referrals referrals;

	private final ServicesDirectory directory;

	private final ProgramTime time;

	private static final String PAGE = "redirect:/app/peer/referrals";

	private final Refusals refusals;

	PeerReferralsController(Referrals referrals, ServicesDirectory directory, ProgramTime time, Refusals refusals) {
		this.referrals = referrals;
		this.directory = directory;
		this.time = time;
		this.refusals = refusals;
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
		model.addAttribute("names",
				this.directory.all().stream().collect(Collectors.toMap(DirectoryEntry::id, (service) -> service)));
		model.addAttribute("outcomes", ReferralOutcome.values());
		model.addAttribute("zone", this.time.zone());
		return "referrals/peer";
	}

	@PostMapping("/app/peer/referrals")
	String refer(@RequestParam String kind, @RequestParam(required = false) String service, @RequestParam String key,
			RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.referrals.refer(staff(), site(), kind(kind), serviceId(service), key);
			redirect.addFlashAttribute("saved", true);
			return PAGE;
		}, PAGE);
	}

	@PostMapping("/app/peer/referrals/{id}/outcome")
	String outcome(@PathVariable UUID id, @RequestParam String outcome, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.referrals.recordOutcome(staff(), id, outcome(outcome));
			redirect.addFlashAttribute("outcomeSaved", true);
			return PAGE;
		}, PAGE);
	}

	private static Long serviceId(String service) {
		if (service == null || service.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(service);
		}
		catch (NumberFormatException ex) {
			throw new Refusal("referrals.error.unknownService");
		}
	}

	private static ReferralOutcome outcome(String outcome) {
		try {
			return ReferralOutcome.valueOf(outcome);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("referrals.error.outcomeRequired");
		}
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
