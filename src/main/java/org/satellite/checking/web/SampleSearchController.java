package org.satellite.checking.web;

import java.time.LocalDate;
import java.util.Locale;

import org.satellite.checking.internal.SampleSearch;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff search in the checker's area: any sample, recorded here or imported, by code, day, place or substance.
 * A plain GET form, so a search can be bookmarked and works without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class SampleSearchController {

	private final SampleSearch search;

	private final MessageSource messages;

	SampleSearchController(SampleSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/app/checking/search")
	String search(@RequestParam(required = false) String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String substance, Model model,
			Locale locale) {
		SampleSearch.Criteria criteria = new SampleSearch.Criteria(code, from, to, place, substance);
		model.addAttribute("criteria", criteria);
		if (!criteria.isEmpty()) {
			try {
				model.addAttribute("found", this.search.find(CurrentStaff.require(), criteria));
			}
			catch (Refusal refusal) {
				model.addAttribute("problem", this.messages.getMessage(refusal, locale));
			}
		}
		return "checking/search";
	}

}
