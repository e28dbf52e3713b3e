package org.satellite.alerts.web;

import org.satellite.alerts.internal.AlertDesk;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: the alerts in effect first, the most severe at the top, then the
 * ways in (subscribe, report, check a result, the hub). It lives with the alerts because
 * what is in effect now is the first thing a visitor needs; the rest are links.
 */
@Controller
class HomePageController {

	private final AlertDesk desk;

	private final ProgramTime time;

	HomePageController(AlertDesk desk, ProgramTime time) {
		this.desk = desk;
		this.time = time;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("active", this.desk.inEffect());
		model.addAttribute("zone", this.time.zone());
		return "home";
	}

}
