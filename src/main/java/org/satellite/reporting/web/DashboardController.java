package org.satellite.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.web.BarChart;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Chart;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.FigureText;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.NaloxoneProgram;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;
import org.satellite.reporting.internal.ReportPlaces;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboards of the program, a zone and a site: the period's figures, twelve periods
 * of charts, the overdose response and naloxone program table, and the tables as CSV
 * (audited). The analyst's start page is the program's.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
class DashboardController {

	/** The indicators drawn as charts, in order. */
	static final List<String> CHARTS = List.of("NEEDLES_DISTRIBUTED", "NEEDLES_RETURNED", "NALOXONE_KITS",
			"SECONDARY_REACH", "OVERDOSE_RESPONSES", "REFERRALS", "SAMPLES_CHECKED", "COORDINATOR_VISITS");

	private final ReportFigures figures;

	private final ReportPlaces places;

	private final ProgramTime time;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final NaloxoneProgram naloxone;

	DashboardController(ReportFigures figures, ReportPlaces places, ProgramTime time, MessageSource messages,
			ApplicationEventPublisher events, NaloxoneProgram naloxone) {
		this.naloxone = naloxone;
		this.figures = figures;
		this.places = places;
		this.time = time;
		this.messages = messages;
		this.events = events;
	}

	@GetMapping("/app/reporting")
	String program(@RequestParam(required = false) String period, Model model, Locale locale,
			HttpServletResponse response) {
		return dashboard(Optional.of(OrgUnit.PROGRAM), period, model, locale, response);
	}

	@GetMapping("/app/reporting/zones/{code}")
	String zone(@PathVariable String code, @RequestParam(required = false) String period, Model model, Locale locale,
			HttpServletResponse response) {
		return dashboard(this.places.find(OrgUnit.Level.ZONE, code), period, model, locale, response);
	}

	@GetMapping("/app/reporting/sites/{code}")
	String site(@PathVariable String code, @RequestParam(required = false) String period, Model model, Locale locale,
			HttpServletResponse response) {
		return dashboard(this.places.find(OrgUnit.Level.SITE, code), period, model, locale, response);
	}

	@GetMapping("/app/reporting/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "PROGRAM") String level,
			@RequestParam(defaultValue = "PROGRAM") String place, @RequestParam(required = false) String period,
			Locale locale) {
		Optional<OrgUnit> unit = parseLevel(level).flatMap((l) -> this.places.find(l, place));
		Optional<ReportPeriod> shown = period(period);
		if (unit.isEmpty() || shown.isEmpty() || future(shown.get())) {
			String key = unit.isEmpty() ? "reporting.dashboard.unknownPlace"
					: shown.isEmpty() ? "reporting.dashboard.badPeriod" : "reporting.dashboard.future";
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(this.messages.getMessage(key, null, locale).getBytes(StandardCharsets.UTF_8));
		}
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder()
					.setHeader("period", "level", "place", "indicator", "name", "unit", "value")
					.get())) {
			for (Figure figure : this.figures.figures(unit.get(), shown.get(), Audience.INTERNAL)) {
				printer.printRecord(figure.period().key(), figure.place().level(), figure.place().code(),
						figure.indicator().code(), figure.indicator().name(locale), figure.indicator().unit(),
						(figure.value() != null) ? figure.value().toPlainString() : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new Audited("export.reporting-figures", unit.get().level() + " " + unit.get().code(),
				shown.get().key()));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("figures-" + unit.get().code() + "-" + shown.get().key() + ".csv")
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String dashboard(Optional<OrgUnit> place, String periodText, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("zones", this.places.zones());
		model.addAttribute("sites",
				this.places.all().stream().filter((unit) -> unit.level() == OrgUnit.Level.SITE).toList());
		if (place.isEmpty()) {
			return refused(model, response, HttpStatus.NOT_FOUND, "reporting.dashboard.unknownPlace");
		}
		Optional<ReportPeriod> period = period(periodText);
		if (period.isEmpty()) {
			return refused(model, response, HttpStatus.BAD_REQUEST, "reporting.dashboard.badPeriod");
		}
		if (future(period.get())) {
			return refused(model, response, HttpStatus.BAD_REQUEST, "reporting.dashboard.future");
		}
		OrgUnit unit = place.get();
		ReportPeriod shown = period.get();
		List<Figure> all = this.figures.figures(unit, shown, Audience.INTERNAL);
		List<Figure> own = all.stream().filter((figure) -> figure.place().equals(unit)).toList();
		Map<OrgUnit, Map<String, Figure>> inside = new LinkedHashMap<>();
		for (Figure figure : all) {
			if (!figure.place().equals(unit)) {
				inside.computeIfAbsent(figure.place(), (key) -> new LinkedHashMap<>())
					.put(figure.indicator().code(), figure);
			}
		}
		FigureText formats = FigureText.in(this.messages, locale);
		List<BarChart> charts = new ArrayList<>();
		// The charts go by the period shown: twelve months, eight quarters or five years
		// ending with it (a period still running counts what is recorded so far).
		int length = switch (shown.granularity()) {
			case MONTH -> 12;
			case QUARTER -> 8;
			case YEAR -> 5;
		};
		for (String code : CHARTS) {
			Indicator indicator = this.figures.catalogue()
				.stream()
				.filter((candidate) -> candidate.code().equals(code))
				.findFirst()
				.orElseThrow();
			if (!indicator.keptFor(unit.level())) {
				continue;
			}
			List<Figure> series = this.figures.series(code, unit, shown, length, Audience.INTERNAL);
			String name = indicator.name(locale);
			charts.add(
					Chart.of("chart-" + code, name, unit, series, formats, this.messages, locale, BarChart.PAGE_WIDTH));
		}
		model.addAttribute("place", unit);
		model.addAttribute("here", switch (unit.level()) {
			case PROGRAM -> "/app/reporting";
			case ZONE -> "/app/reporting/zones/" + unit.code();
			case SITE -> "/app/reporting/sites/" + unit.code();
		});
		model.addAttribute("placeName", Chart.placeName(unit, this.messages, locale));
		model.addAttribute("period", shown);
		model.addAttribute("previous", ReportPeriods.minus(shown, 1).key());
		ReportPeriod next = ReportPeriods.minus(shown, -1);
		model.addAttribute("next", future(next) ? null : next.key());
		model.addAttribute("own", own);
		model.addAttribute("allNoData", own.stream().allMatch(Figure::noData));
		model.addAttribute("inside", inside);
		model.addAttribute("headline",
				List.of("NEEDLES_DISTRIBUTED", "NEEDLES_RETURNED", "NALOXONE_KITS", "REFERRALS", "COORDINATOR_VISITS"));
		model.addAttribute("charts", charts);
		model.addAttribute("naloxone", this.naloxone.rows(unit, shown));
		model.addAttribute("naloxoneColumns", this.naloxone.columns());
		model.addAttribute("firstMonth", YearMonth.from(shown.start()).toString());
		model.addAttribute("months", switch (shown.granularity()) {
			case MONTH -> 1;
			case QUARTER -> 3;
			case YEAR -> 12;
		});
		model.addAttribute("formats", formats);
		model.addAttribute("thisMonth", ReportPeriod.month(this.time.thisMonth()).key());
		model.addAttribute("thisQuarter",
				ReportPeriods.holding(ReportPeriod.Granularity.QUARTER, this.time.thisMonth()).key());
		model.addAttribute("thisYear",
				ReportPeriods.holding(ReportPeriod.Granularity.YEAR, this.time.thisMonth()).key());
		return "reporting/dashboard";
	}

	private String refused(Model model, HttpServletResponse response, HttpStatus status, String key) {
		response.setStatus(status.value());
		model.addAttribute("problem", key);
		return "reporting/refused";
	}

	private Optional<ReportPeriod> period(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(ReportPeriod.month(this.time.thisMonth()));
		}
		return ReportPeriods.parse(text);
	}

	private boolean future(ReportPeriod period) {
		return period.start().isAfter(this.time.thisMonth().atDay(1));
	}

	private static Optional<OrgUnit.Level> parseLevel(String text) {
		try {
			return Optional.of(OrgUnit.Level.valueOf(text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
