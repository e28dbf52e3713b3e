package org.satellite.reporting.internal.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.BarChart;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Chart;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.FigureText;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly or quarterly program report, made from {@link ReportFigures} exactly as the
 * dashboard reads them (the program's own staff: every value shown), and printed as a PDF
 * in English or French.
 */
@Service
public class ProgramReports {

	/**
	 * The figures a funder looks for first, in this order, when the catalogue has them;
	 * the per-place table has these as columns.
	 */
	static final List<String> HEADLINE = List.of("NEEDLES_DISTRIBUTED", "NEEDLES_RETURNED", "RETURN_RATIO",
			"NALOXONE_KITS", "OVERDOSE_RESPONSES", "REFERRALS", "SAMPLES_CHECKED");

	/** The headline figures drawn as charts. */
	static final List<String> CHARTED = List.of("NEEDLES_DISTRIBUTED", "NALOXONE_KITS", "OVERDOSE_RESPONSES");

	private final ReportFigures figures;

	private final PdfDocuments pdf;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ProgramReports(ReportFigures figures, PdfDocuments pdf, ProgramTime time, ApplicationEventPublisher events,
			MessageSource messages) {
		this.figures = figures;
		this.pdf = pdf;
		this.time = time;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * The place a code names among those staff may report on: the program when none is
	 * given. Any other code is refused with the same words whether it exists or not.
	 */
	public OrgUnit place(String code) {
		if (code == null || code.isBlank() || OrgUnit.PROGRAM.code().equals(code.strip())) {
			return OrgUnit.PROGRAM;
		}
		return this.figures.places()
			.stream()
			.filter((place) -> place.code().equalsIgnoreCase(code.strip()))
			.findFirst()
			.orElseThrow(() -> new Refusal("reporting.export.error.place", code.strip()));
	}

	/** The report's content, in the reader's language. */
	public ProgramReport report(OrgUnit place, ReportPeriod period, Locale locale) {
		List<Indicator> catalogue = this.figures.catalogue();
		List<Figure> all = this.figures.figures(place, period, Audience.INTERNAL);
		Map<OrgUnit, Map<String, Figure>> byPlace = new LinkedHashMap<>();
		for (Figure figure : all) {
			byPlace.computeIfAbsent(figure.place(), (p) -> new LinkedHashMap<>())
				.put(figure.indicator().code(), figure);
		}
		Map<String, Figure> own = byPlace.getOrDefault(place, Map.of());
		FigureText text = FigureText.in(this.messages, locale);
		List<ProgramReport.Line> lines = new ArrayList<>();
		for (Indicator indicator : catalogue) {
			Figure figure = own.get(indicator.code());
			lines.add(new ProgramReport.Line(indicator.code(), indicator.name(locale), text.of(figure),
					figure == null || figure.noData()));
		}
		List<Indicator> headline = pick(catalogue, HEADLINE, 6);
		List<ProgramReport.Line> key = lines.stream()
			.filter((line) -> headline.stream().anyMatch((indicator) -> indicator.code().equals(line.code())))
			.toList();
		List<BarChart> charts = new ArrayList<>();
		int length = (period.granularity() == ReportPeriod.Granularity.MONTH) ? 12 : 8;
		for (Indicator indicator : pick(catalogue, CHARTED, 2)) {
			List<Figure> series = this.figures.series(indicator.code(), place, period, length, Audience.INTERNAL);
			String name = indicator.name(locale);
			charts.add(Chart.of("chart-" + indicator.code(), name, place, series, text, this.messages, locale,
					BarChart.PRINT_WIDTH));
		}
		List<ProgramReport.Row> rows = new ArrayList<>();
		for (OrgUnit inside : this.figures.places()) {
			Map<String, Figure> theirs = byPlace.get(inside);
			if (inside.equals(place) || theirs == null) {
				continue;
			}
			rows.add(new ProgramReport.Row(inside,
					headline.stream().map((indicator) -> text.of(theirs.get(indicator.code()))).toList()));
		}
		boolean empty = lines.stream().allMatch(ProgramReport.Line::noData);
		return new ProgramReport(place, period, locale, this.time.today(),
				PeriodChoice.inProgress(period, this.time.today()), empty, key, List.copyOf(lines), List.copyOf(charts),
				headline, List.copyOf(rows), catalogue);
	}

	/** The report as a PDF; written to the audit trail. */
	@Transactional
	public byte[] pdf(OrgUnit place, ReportPeriod period, Locale locale) {
		ProgramReport report = report(place, period, locale);
		byte[] document = this.pdf.render("reporting/export/program-report", Map.of("report", report), locale);
		this.events.publishEvent(new Audited("export.program-report", period.key() + " " + place.code(),
				"PDF, " + locale.getLanguage()));
		return document;
	}

	/**
	 * The indicators of the catalogue named in {@code wanted}, in that order; the first
	 * {@code otherwise} of the catalogue when it names none of them.
	 */
	static List<Indicator> pick(List<Indicator> catalogue, List<String> wanted, int otherwise) {
		List<Indicator> found = new ArrayList<>();
		for (String code : wanted) {
			catalogue.stream().filter((indicator) -> indicator.code().equals(code)).findFirst().ifPresent(found::add);
		}
		return found.isEmpty() ? catalogue.stream().limit(otherwise).toList() : List.copyOf(found);
	}

}
