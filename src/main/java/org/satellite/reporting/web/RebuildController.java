package org.satellite.reporting.web;

import org.satellite.platform.Audited;
import org.satellite.reporting.internal.Rollups;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's way to rebuild every rollup from the raw records (docs/operations.md).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RebuildController {

	private final Rollups rollups;

	private final ApplicationEventPublisher events;

	RebuildController(Rollups rollups, ApplicationEventPublisher events) {
		this.rollups = rollups;
		this.events = events;
	}

	@GetMapping("/app/admin/reporting")
	String page() {
		return "reporting/rebuild";
	}

	@PostMapping("/app/admin/reporting/rebuild")
	String rebuild(RedirectAttributes redirect) {
		int cells = this.rollups.rebuild();
		this.events.publishEvent(new Audited("reporting.rebuilt", Integer.toString(cells), null));
		redirect.addFlashAttribute("rebuilt", cells);
		return "redirect:/app/admin/reporting";
	}

}
