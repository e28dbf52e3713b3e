package org.satellite.alerts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.satellite.alerts.internal.CommunityReports;
import org.satellite.alerts.internal.ReportKind;
import org.satellite.identity.CurrentStaff;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

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
 * The anonymous report form, open to everyone, and the coordinators' triage queue.
 */
@Controller
class ReportsController {

	private static final String REPORTS = "redirect:/app/alerts/reports";

	private final CommunityReports reports;

	private final Sites sites;

	private final ProgramTime time;

	private final MessageSource messages;

	private final Refusals refusals;

	private final PublicRateLimit limit;

	/** How many reports one address may send in an hour. */
	static final int REPORTS_PER_HOUR = 20;

	ReportsController(CommunityReports reports, Sites sites, ProgramTime time, MessageSource messages,
			Refusals refusals, PublicRateLimit limit) {
		this.limit = limit;
		this.reports = reports;
		this.sites = sites;
		this.time = time;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/alerts/report")
	String form(Model model) {
		model.addAttribute("zones", this.sites.zones());
		model.addAttribute("key", UUID.randomUUID().toString());
		return "alerts/report";
	}

	@PostMapping("/alerts/report")
	String report(@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String text, @RequestParam(required = false) String key, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!this.limit.allow("report", REPORTS_PER_HOUR, request)) {
			response.setStatus(429);
			model.addAttribute("problem", this.messages.getMessage("alerts.error.tooMany", null, locale));
			model.addAttribute("text", text);
			return form(model);
		}
		return this.refusals.orFormAgain(model, () -> {
			this.reports.report(kind, zone, text, "WEB", key);
			redirect.addFlashAttribute("thanks", true);
			return "redirect:/alerts/report";
		}, () -> {
			model.addAttribute("text", text);
			return form(model);
		});
	}

	@GetMapping("/app/alerts/reports")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String queue(Model model) {
		model.addAttribute("reports", this.reports.queue(CurrentStaff.require()));
		model.addAttribute("zone", this.time.zone());
		return "alerts/reports";
	}

	@PostMapping("/app/alerts/reports/{id}/dismiss")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String dismiss(@PathVariable UUID id) {
		this.reports.dismiss(CurrentStaff.require(), id);
		return "redirect:/app/alerts/reports";
	}

	@PostMapping("/app/alerts/reports/{id}/draft")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String draft(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> draftFrom(List.of(id)), REPORTS);
	}

	/**
	 * One draft from the reports ticked on the queue. Without any ticked, or with one
	 * unknown or already handled, the queue says so and nothing changes.
	 */
	@PostMapping("/app/alerts/reports/draft")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String draftFromGroup(@RequestParam(name = "report", required = false) List<String> ticked,
			RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> draftFrom(ids(ticked)), REPORTS);
	}

	private String draftFrom(List<UUID> ids) {
		return "redirect:/app/alerts/" + this.reports.draftFrom(CurrentStaff.require(), ids);
	}

	/** The reports ticked on the list; an id that cannot be one names no report. */
	private static List<UUID> ids(List<String> ticked) {
		List<UUID> ids = new ArrayList<>();
		for (String id : (ticked == null) ? List.<String>of() : ticked) {
			try {
				ids.add(UUID.fromString(id.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new Refusal("alerts.error.unknownReport");
			}
		}
		return ids;
	}

}
