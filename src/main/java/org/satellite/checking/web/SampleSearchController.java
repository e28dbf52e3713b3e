package org.satellite.checking.web;

import java.time.LocalDate;

import org.satellite.checking.internal.SampleSearch;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.web.Refusals;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff search in the checker's area: any sample, recorded here or imported, by code,
 * day, place or substance. A plain GET form, so a search can be bookmarked and works
 * without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class SampleSearchController {

	private final SampleSearch search;

	private final Refusals refusals;

	SampleSearchController(SampleSearch search, Refusals refusals) {
		this.search = search;
		this.refusals = refusals;
	}

	@GetMapping("/app/checking/search")
	String search(@RequestParam(required = false) String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String substance,
			Model model) {
		SampleSearch.Criteria criteria = new SampleSearch.Criteria(code, from, to, place, substance);
		model.addAttribute("criteria", criteria);
		if (criteria.isEmpty()) {
			return "checking/search";
		}
		return this.refusals.orFormAgain(model, () -> {
			model.addAttribute("found", this.search.find(CurrentStaff.require(), criteria));
			return "checking/search";
		}, () -> "checking/search");
	}

}
