package org.satellite.checking.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.satellite.checking.internal.OpenData;
import org.satellite.checking.internal.Publication;
import org.satellite.checking.internal.Publication.Count;
import org.satellite.checking.internal.Publication.Figures;
import org.satellite.checking.internal.Publication.Kind;
import org.satellite.checking.internal.Publication.Measure;
import org.satellite.checking.internal.Publication.Period;
import org.satellite.platform.Languages;
import org.satellite.platform.web.BarChart;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public drug checking dashboard: the last fortnight, then any kind of period (years,
 * quarters, months, fortnights) for all samples or one class of expected substance, the
 * chart of the share with fentanyl by month and the table by class. Every figure comes
 * from the one protected {@link Publication}.
 */
@Controller
class DataPageController {

	static final int CHART_MONTHS = 24;

	private final OpenData data;

	private final MessageSource messages;

	DataPageController(OpenData data, MessageSource messages) {
		this.data = data;
		this.messages = messages;
	}

	@GetMapping("/data")
	String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String expected,
			Locale locale, Model model) {
		Publication publication = this.data.current();
		Kind kind = kindOf(period);
		int column = (expected != null) ? Publication.COLUMNS.indexOf(expected) : -1;
		if (kind == Kind.FORTNIGHT || kind == Kind.MONTH || column < 0) {
			column = 0;
		}
		List<Period> periods = publication.periods(kind);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("columns", Publication.COLUMNS.subList(1, Publication.COLUMNS.size()));
		model.addAttribute("expected", (column > 0) ? Publication.COLUMNS.get(column) : null);
		model.addAttribute("rows", rows(publication, periods, column));
		model.addAttribute("byClass", (kind == Kind.FORTNIGHT || kind == Kind.MONTH) ? List.of()
				: periods.stream().map((p) -> publication.figures().get(p)).toList());
		List<Period> fortnights = publication.periods(Kind.FORTNIGHT);
		model.addAttribute("latest",
				fortnights.isEmpty() ? null : rows(publication, fortnights.subList(0, 1), 0).get(0));
		List<Period> months = publication.periods(Kind.MONTH);
		model.addAttribute("chart",
				chart(rows(publication, months.subList(0, Math.min(CHART_MONTHS, months.size())), 0), locale));
		return "checking/data";
	}

	static Kind kindOf(String period) {
		if (period != null) {
			for (Kind kind : Kind.values()) {
				if (kind.name().equals(period.toUpperCase(Locale.ROOT))) {
					return kind;
				}
			}
		}
		return Kind.MONTH;
	}

	private static List<Row> rows(Publication publication, List<Period> periods, int column) {
		List<Row> rows = new ArrayList<>();
		for (Period period : periods) {
			Figures figures = publication.figures().get(period);
			Count samples = figures.count(Measure.SAMPLES, column);
			Count fentanyl = figures.count(Measure.FENTANYL, column);
			Count benzo = figures.count(Measure.BENZODIAZEPINE, column);
			Count notable = figures.count(Measure.NOTABLE, column);
			rows.add(new Row(period, samples, fentanyl, fentanyl.shareOf(samples), benzo, benzo.shareOf(samples),
					notable, notable.shareOf(samples)));
		}
		return rows;
	}

	/**
	 * One period of the dashboard; a share is {@code null} when a count behind it is
	 * withheld.
	 */
	record Row(Period period, Count samples, Count fentanyl, Integer fentanylShare, Count benzodiazepine,
			Integer benzodiazepineShare, Count notable, Integer notableShare) {
	}

	/**
	 * The chart of the share with fentanyl, Satellite's one chart ({@link BarChart}),
	 * oldest month at the top, one row per month: a month whose share is withheld keeps
	 * its row, with a dash and no bar, so a gap reads as a gap. No table beside it: the
	 * page's tables are the published figures, every cell of which is checked against the
	 * disclosure policy; the months' shares are written on their bars.
	 */
	private BarChart chart(List<Row> newestFirst, Locale locale) {
		List<Row> rows = new ArrayList<>(newestFirst);
		Collections.reverse(rows);
		List<BarChart.Point> points = new ArrayList<>();
		for (Row row : rows) {
			Integer share = row.fentanylShare();
			YearMonth month = YearMonth.from(row.period().start());
			points.add(new BarChart.Point(BarChart.monthLabel(month, locale), BarChart.monthName(month, locale),
					List.of((share != null) ? BarChart.Value.of(share, share + Languages.pick(locale, "%", "\u00a0%"))
							: BarChart.Value.none("–"))));
		}
		String title = this.messages.getMessage("checking.data.chart", null, locale);
		return BarChart.of("chart-fentanyl", title,
				this.messages.getMessage("checking.data.chartDescription", null, locale),
				this.messages.getMessage("checking.data.periodColumn", null, locale), List.of(title), false, points,
				BarChart.PAGE_WIDTH, BigDecimal.valueOf(100));
	}

}
