package org.satellite.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.platform.web.BarChart;
import org.satellite.privacy.Disclosure;
import org.satellite.reporting.internal.Chart;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.FigureText;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.PublicFigures;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The program's public figures: the external indicators of the program and its zones,
 * month by month over the last twelve complete months, small counts hidden as the
 * disclosure policy says ({@link PublicFigures}). The CSV is everything published.
 */
@Controller
class PublicFiguresController {

	private final PublicFigures publication;

	private final ReportFigures figures;

	private final MessageSource messages;

	PublicFiguresController(PublicFigures publication, ReportFigures figures, MessageSource messages) {
		this.publication = publication;
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/figures")
	String page(@RequestParam(required = false) String month, Model model, Locale locale,
			HttpServletResponse response) {
		YearMonth last = this.publication.lastMonth();
		YearMonth first = last.minusMonths(PublicFiguresMonths.MONTHS - 1);
		Optional<ReportPeriod> asked = (month == null || month.isBlank()) ? Optional.of(ReportPeriod.month(last))
				: ReportPeriods.parse(month).filter((period) -> period.granularity() == ReportPeriod.Granularity.MONTH);
		model.addAttribute("first", first.toString());
		model.addAttribute("last", last.toString());
		if (asked.isEmpty() || YearMonth.from(asked.get().start()).isAfter(last)
				|| YearMonth.from(asked.get().start()).isBefore(first)) {
			response.setStatus(400);
			model.addAttribute("problem", true);
			return "reporting/public";
		}
		ReportPeriod shown = asked.get();
		Map<OrgUnit, Map<String, Figure>> table = new LinkedHashMap<>();
		for (Figure figure : this.publication.figures(OrgUnit.PROGRAM, shown)) {
			table.computeIfAbsent(figure.place(), (key) -> new LinkedHashMap<>())
				.put(figure.indicator().code(), figure);
		}
		List<Indicator> indicators = this.figures.catalogue().stream().filter(Indicator::external).toList();
		FigureText formats = FigureText.in(this.messages, locale);
		Indicator needles = indicators.get(0);
		List<Figure> series = this.figures.series(needles.code(), OrgUnit.PROGRAM, ReportPeriod.month(last),
				PublicFiguresMonths.MONTHS, org.satellite.reporting.internal.Audience.EXTERNAL);
		model.addAttribute("chart", Chart.of("chart-public", needles.name(locale), OrgUnit.PROGRAM, series, formats,
				this.messages, locale, BarChart.PAGE_WIDTH));
		model.addAttribute("month", shown.key());
		model.addAttribute("previous",
				first.isBefore(YearMonth.from(shown.start())) ? ReportPeriods.minus(shown, 1).key() : null);
		model.addAttribute("next",
				last.isAfter(YearMonth.from(shown.start())) ? ReportPeriods.minus(shown, -1).key() : null);
		model.addAttribute("indicators", indicators);
		model.addAttribute("table", table);
		model.addAttribute("formats", formats);
		return "reporting/public";
	}

	@GetMapping("/figures.csv")
	ResponseEntity<byte[]> csv() {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder().setHeader("month", "place", "indicator", "value").get())) {
			for (Figure figure : this.publication.published()) {
				printer.printRecord(figure.period().key(), figure.place().code(), figure.indicator().code(),
						text(figure));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("program-figures.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A published figure as the CSV writes it: its value, {@code <5}, {@code hidden}, or
	 * empty.
	 */
	static String text(Figure figure) {
		return switch (figure.mark()) {
			case SMALL -> "<" + Disclosure.K;
			case HIDDEN -> "hidden";
			case SHOWN -> (figure.value() != null) ? figure.value().toPlainString() : "";
		};
	}

	/** How many months the public figures cover. */
	static final class PublicFiguresMonths {

		static final int MONTHS = 12;

		private PublicFiguresMonths() {
		}

	}

}
