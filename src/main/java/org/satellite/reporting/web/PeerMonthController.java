package org.satellite.reporting.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;
import org.satellite.reporting.internal.ReportPlaces;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A peer worker's own site's month and year in plain words, on their phone: the figures
 * go back to the site that produced them.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerMonthController {

	private final ReportFigures figures;

	private final ReportPlaces places;

	private final ProgramTime time;

	private final MessageSource messages;

	PeerMonthController(ReportFigures figures, ReportPlaces places, ProgramTime time, MessageSource messages) {
		this.figures = figures;
		this.places = places;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/app/peer/month")
	String month(Model model, Locale locale) {
		StaffMember me = CurrentStaff.require();
		String code = me.siteCode().orElseThrow(() -> new NotAllowed("reporting.peer.noSite"));
		OrgUnit site = this.places.find(OrgUnit.Level.SITE, code)
			.orElseThrow(() -> new NotAllowed("reporting.peer.noSite"));
		ReportPeriod month = ReportPeriod.month(this.time.thisMonth());
		ReportPeriod year = ReportPeriods.holding(ReportPeriod.Granularity.YEAR, this.time.thisMonth());
		model.addAttribute("site", code);
		model.addAttribute("month", sentences(site, month, "month", locale));
		model.addAttribute("year", sentences(site, year, "year", locale));
		return "reporting/peer-month";
	}

	/** The period in plain sentences, or one sentence saying nothing is recorded yet. */
	private List<String> sentences(OrgUnit site, ReportPeriod period, String which, Locale locale) {
		Map<String, Figure> byCode = this.figures.figures(site, period, Audience.INTERNAL)
			.stream()
			.collect(Collectors.toMap((figure) -> figure.indicator().code(), Function.identity()));
		Figure out = byCode.get("NEEDLES_DISTRIBUTED");
		Figure back = byCode.get("NEEDLES_RETURNED");
		if (out == null || out.noData()) {
			return List.of(say("reporting.peer.nothing." + which, locale));
		}
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		String prefix = "reporting.peer." + which + ".";
		return List.of(say(prefix + "needles", locale, numbers.format(out.value()), numbers.format(back.value())),
				say(prefix + "naloxone", locale, numbers.format(byCode.get("NALOXONE_KITS").value())),
				say(prefix + "reach", locale, numbers.format(byCode.get("SECONDARY_REACH").value())));
	}

	private String say(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
