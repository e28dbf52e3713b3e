package org.satellite.overdose.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NaloxoneHandouts;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseResponse;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.ReplacementReason;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.overdose.internal.SuspectedSubstances;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;
import org.satellite.supplies.Stock;
import org.satellite.supplies.SupplyLedger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The peer worker's phone view of overdose response: report a response in under a minute
 * (everything on one page, the usual answers already chosen), then say whether the
 * coordinator should check in; hand out naloxone kits with the reason an earlier one is
 * gone.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerOverdoseController {

	static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final OverdoseResponses responses;

	private final NaloxoneHandouts handouts;

	private final Sites sites;

	private final Stock stock;

	private final ProgramTime time;

	private final Refusals refusals;

	PeerOverdoseController(OverdoseResponses responses, NaloxoneHandouts handouts, Sites sites, Stock stock,
			ProgramTime time, Refusals refusals) {
		this.responses = responses;
		this.handouts = handouts;
		this.sites = sites;
		this.stock = stock;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/app/peer/overdose")
	String form(Model model) {
		Site site = this.sites.require(site());
		ResponseForm defaults = new ResponseForm(
				LocalDateTime.ofInstant(this.time.now(), this.time.zone()).format(LOCAL_MINUTE), site.zoneCode(),
				List.of(), "0", NaloxoneForm.NASAL.name(), null, null, null, null, Responder.PEER_WORKER.name(),
				UUID.randomUUID().toString());
		return show(model, defaults);
	}

	@PostMapping("/app/peer/overdose")
	String record(ResponseForm form, Model model) {
		return this.refusals.orFormAgain(model, () -> {
			Idempotency.Outcome outcome = this.responses.record(staff(), form.toResponse(site(), this.time),
					form.key());
			return "redirect:/app/peer/overdose/" + outcome.id() + "/saved";
		}, () -> show(model, form));
	}

	@GetMapping("/app/peer/overdose/{id}/saved")
	String saved(@PathVariable UUID id, Model model) {
		OverdoseResponse response = this.responses.find(id)
			.filter((found) -> staff().mayActFor(found.siteCode()))
			.orElseThrow(() -> new NotFound("overdose.error.unknownResponse"));
		model.addAttribute("response", response);
		return "overdose/peer-saved";
	}

	@PostMapping("/app/peer/overdose/{id}/check-in")
	String checkIn(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.responses.requestCheckIn(staff(), id);
			redirect.addFlashAttribute("checkInAsked", true);
			return "redirect:/app/peer/overdose";
		}, "redirect:/app/peer/overdose");
	}

	@PostMapping("/app/peer/overdose/{id}/undo")
	String undo(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.responses.undo(staff(), id);
			redirect.addFlashAttribute("undone", true);
			return "redirect:/app/peer/overdose";
		}, "redirect:/app/peer/overdose");
	}

	@GetMapping("/app/peer/naloxone")
	String naloxone(Model model) {
		model.addAttribute("site", site());
		model.addAttribute("expiring",
				this.stock.expiringBy(this.time.today().plusDays(60))
					.stream()
					.filter((lot) -> lot.location().equals(site()))
					.toList());
		model.addAttribute("forms", NaloxoneForm.values());
		model.addAttribute("reasons", ReplacementReason.values());
		model.addAttribute("key", UUID.randomUUID().toString());
		return "overdose/peer-naloxone";
	}

	@PostMapping("/app/peer/naloxone")
	String handOut(@RequestParam(required = false) String form, @RequestParam(defaultValue = "1") String quantity,
			@RequestParam(required = false) String reason, @RequestParam String key, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			NaloxoneForm chosen = parse(NaloxoneForm.class, form, "overdose.error.formRequired");
			ReplacementReason why = (reason == null || reason.isBlank() || "FIRST".equals(reason)) ? null
					: parse(ReplacementReason.class, reason, "overdose.error.badReason");
			this.handouts.handOut(staff(), site(), chosen, number(quantity), why, key);
			redirect.addFlashAttribute("handedOut", true);
			return "redirect:/app/peer/naloxone";
		}, "redirect:/app/peer/naloxone");
	}

	private String show(Model model, ResponseForm form) {
		model.addAttribute("site", site());
		model.addAttribute("form", form);
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("substances", SuspectedSubstances.ALL);
		model.addAttribute("forms", NaloxoneForm.values());
		model.addAttribute("reasons", NoCallReason.values());
		model.addAttribute("outcomes", ResponseOutcome.values());
		model.addAttribute("responders", Responder.values());
		model.addAttribute("now", LocalDateTime.ofInstant(this.time.now(), this.time.zone()).format(LOCAL_MINUTE));
		model.addAttribute("recent", this.responses.between(site(), this.time.now().minus(Duration.ofDays(7)),
				this.time.now().plus(Duration.ofMinutes(5))));
		model.addAttribute("zoneId", this.time.zone());
		model.addAttribute("undoUntil", this.time.now().minus(SupplyLedger.UNDO_WINDOW));
		return "overdose/peer-overdose";
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String refusal) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(refusal);
		}
	}

	static int number(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new Refusal("overdose.error.notANumber");
		}
	}

	private static StaffMember staff() {
		return CurrentStaff.require();
	}

	private static String site() {
		return staff().siteCode().orElseThrow();
	}

	/**
	 * The report form as typed, kept as text so that a refused report comes back exactly
	 * as it was.
	 */
	record ResponseForm(String when, String zone, List<String> substance, String doses, String form, String called,
			String reason, String stayed, String outcome, String responder, String key) {

		ResponseForm {
			substance = (substance != null) ? substance : List.of();
		}

		NewOverdoseResponse toResponse(String siteCode, ProgramTime time) {
			Instant occurredAt;
			try {
				occurredAt = (this.when == null || this.when.isBlank()) ? null
						: LocalDateTime.parse(this.when, LOCAL_MINUTE).atZone(time.zone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new Refusal("overdose.error.badTime");
			}
			return new NewOverdoseResponse(siteCode, occurredAt, this.zone, this.substance,
					(this.doses == null || this.doses.isBlank()) ? 0 : number(this.doses),
					parse(NaloxoneForm.class, this.form, "overdose.error.formRequired"), yesNo(this.called),
					parse(NoCallReason.class, this.reason, "overdose.error.noCallReasonRequired"), yesNo(this.stayed),
					parse(ResponseOutcome.class, this.outcome, "overdose.error.outcomeRequired"),
					parse(Responder.class, this.responder, "overdose.error.responderRequired"));
		}

		public boolean has(String substance) {
			return this.substance.contains(substance);
		}

		private static Boolean yesNo(String text) {
			return (text == null || text.isBlank()) ? null : "yes".equals(text);
		}

	}

}
