package org.satellite.reporting.web.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.satellite.platform.web.Refusals;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.export.AdxMappings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's table of how DHIS2 knows each indicator sent in ADX (its data element) and
 * each site and zone (its organisation unit). Only indicators that may leave the program
 * are sent, so only they are listed. Every change is written to the audit trail.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdxMappingController {

	private static final String ELEMENT = "element.";

	private static final String UNIT = "unit.";

	private final AdxMappings mappings;

	private final ReportFigures figures;

	private final Refusals refusals;

	AdxMappingController(AdxMappings mappings, ReportFigures figures, Refusals refusals) {
		this.mappings = mappings;
		this.figures = figures;
		this.refusals = refusals;
	}

	@GetMapping("/app/admin/adx-mapping")
	String show(Model model) {
		return page(model, this.mappings.dataElements(), this.mappings.orgUnits());
	}

	@PostMapping("/app/admin/adx-mapping")
	String save(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		Map<String, String> elements = new LinkedHashMap<>();
		for (Indicator indicator : indicators()) {
			elements.put(indicator.code(), form.getFirst(ELEMENT + indicator.code()));
		}
		Map<OrgUnit, String> units = new LinkedHashMap<>();
		Map<String, String> typedUnits = new LinkedHashMap<>();
		for (OrgUnit place : places()) {
			String typed = form.getFirst(UNIT + AdxMappings.key(place));
			units.put(place, typed);
			typedUnits.put(AdxMappings.key(place), typed);
		}
		return this.refusals.orFormAgain(model, () -> {
			int changed = this.mappings.save(elements, units);
			redirect.addFlashAttribute("saved", changed);
			return "redirect:/app/admin/adx-mapping";
		}, () -> page(model, elements, typedUnits));
	}

	private String page(Model model, Map<String, String> elements, Map<String, String> units) {
		model.addAttribute("indicators", indicators());
		model.addAttribute("places", places());
		model.addAttribute("elements", elements);
		model.addAttribute("units", units);
		return "reporting/export/adx-mapping";
	}

	private List<Indicator> indicators() {
		return this.figures.catalogue().stream().filter(Indicator::external).toList();
	}

	private List<OrgUnit> places() {
		return this.figures.places().stream().filter((place) -> place.level() != OrgUnit.Level.SITE).toList();
	}

}
