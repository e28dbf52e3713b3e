package org.satellite.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.satellite.identity.CurrentStaff;
import org.satellite.network.internal.NewVisit;
import org.satellite.network.Sites;
import org.satellite.network.internal.Visit;
import org.satellite.network.internal.Visits;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's visit log: record a visit to a site and see the latest ones. A
 * refused visit comes back with everything as typed, so that removing a phone number from
 * the notes is all it takes.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class VisitPageController {

	private final Visits visits;

	private final Sites sites;

	private final ProgramTime time;

	private final Refusals refusals;

	VisitPageController(Visits visits, Sites sites, ProgramTime time, Refusals refusals) {
		this.visits = visits;
		this.sites = sites;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/app/coordinator/visits")
	String list(@RequestParam(required = false) String site, Model model) {
		model.addAttribute("only", site);
		return show(model, Map.of("site", (site != null) ? site : "", "visitedOn", this.time.today().toString(),
				"minutes", "60", "key", UUID.randomUUID().toString()));
	}

	@PostMapping("/app/coordinator/visits")
	String record(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = form.toSingleValueMap();
		return this.refusals.orFormAgain(model, () -> {
			this.visits.record(CurrentStaff.require(), visit(typed), typed.get("key"));
			redirect.addFlashAttribute("saved", typed.get("site"));
			return "redirect:/app/coordinator/visits";
		}, () -> show(model, typed));
	}

	private String show(Model model, Map<String, String> form) {
		model.addAttribute("form", form);
		model.addAttribute("sites", this.sites.all());
		model.addAttribute("observations", Visit.Observation.values());
		model.addAttribute("incidents", Visit.Incident.values());
		String only = (String) model.getAttribute("only");
		model.addAttribute("latest", this.visits.latest((only == null || only.isBlank()) ? null : only, 30));
		model.addAttribute("today", this.time.today());
		return "network/visits";
	}

	private static NewVisit visit(Map<String, String> form) {
		LocalDate on;
		try {
			on = LocalDate.parse(form.getOrDefault("visitedOn", ""));
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("network.error.visitDateRequired");
		}
		Map<Visit.Observation, Integer> observed = new EnumMap<>(Visit.Observation.class);
		for (Visit.Observation observation : Visit.Observation.values()) {
			observed.put(observation, count(form.get("o." + observation.name())));
		}
		Map<Visit.Incident, Integer> incidents = new EnumMap<>(Visit.Incident.class);
		for (Visit.Incident incident : Visit.Incident.values()) {
			incidents.put(incident, count(form.get("i." + incident.name())));
		}
		return new NewVisit(form.get("site"), on, count(form.get("minutes")), observed, incidents, form.get("notes"));
	}

	private static int count(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal("network.error.badCount");
		}
	}

}
