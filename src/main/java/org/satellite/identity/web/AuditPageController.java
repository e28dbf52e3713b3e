package org.satellite.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.internal.AuditTrail;
import org.satellite.platform.ProgramTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for admins: filtered by action, account and period (days in the
 * program's time zone, both included), a page of {@value #PAGE_SIZE} lines at a time, the
 * newest first. Filters travel in the address, so a page can be bookmarked or shared, and
 * a filter that cannot be read (a date typed by hand) is left out and said.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	private final ProgramTime time;

	AuditPageController(AuditTrail audit, ProgramTime time) {
		this.audit = audit;
		this.time = time;
	}

	@GetMapping("/app/admin/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Model model) {
		CurrentStaff.require();
		LocalDate first = day(from, model);
		LocalDate last = day(to, model);
		AuditTrail.Filter filter = new AuditTrail.Filter(blankToNull(action), blankToNull(actor),
				(first != null) ? this.time.startOf(first) : null,
				(last != null) ? this.time.startOf(last.plusDays(1)) : null);
		int shown = pageNumber(page);
		AuditTrail.Page lines = this.audit.search(filter, shown, PAGE_SIZE);
		model.addAttribute("events", lines.entries());
		model.addAttribute("total", lines.total());
		model.addAttribute("page", shown);
		model.addAttribute("pages", Math.max(1, (lines.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("actions", this.audit.actions());
		model.addAttribute("action", filter.action());
		model.addAttribute("actor", filter.actor());
		model.addAttribute("from", (first != null) ? first.toString() : null);
		model.addAttribute("to", (last != null) ? last.toString() : null);
		model.addAttribute("zone", this.time.zone());
		return "identity/audit";
	}

	private static LocalDate day(String typed, Model model) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("badDate", typed);
			return null;
		}
	}

	/** The page asked for, counted from 0; the first when it cannot be read. */
	private static int pageNumber(String typed) {
		try {
			return (typed == null) ? 0 : Math.max(0, Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String blankToNull(String typed) {
		return (typed == null || typed.isBlank()) ? null : typed.strip();
	}

}
