package org.satellite.checking.web;

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

	DataPageController(OpenData data) {
		this.data = data;
	}

	@GetMapping("/data")
	String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String expected,
			Model model) {
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
				Chart.of(rows(publication, months.subList(0, Math.min(CHART_MONTHS, months.size())), 0)));
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
	 * The bar chart of the share with fentanyl, oldest month on the left, one slot per
	 * month: a month whose share is withheld keeps its slot, empty, with a dash, so a gap
	 * reads as a gap. Drawn at its own size in a scrolling box, so its 12 px labels stay
	 * readable on a 360 px screen.
	 */
	record Chart(int width, int height, int baseline, List<Bar> bars) {

		static final int SLOT = 44;

		static Chart of(List<Row> newestFirst) {
			List<Row> rows = new ArrayList<>(newestFirst);
			Collections.reverse(rows);
			int baseline = 180;
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				Integer share = row.fentanylShare();
				int height = (share != null) ? (int) Math.round(share * 1.5) : 0;
				String label = row.period().label();
				bars.add(new Bar(40 + i * SLOT, height, (share != null) ? share + "%" : "–", share == null,
						label.substring(5), label.substring(2, 4)));
			}
			return new Chart(40 + rows.size() * SLOT + 10, 236, baseline, bars);
		}

	}

	/**
	 * One month's bar.
	 *
	 * @param gap whether the share is withheld: no bar is drawn
	 * @param label the month ({@code 08}), with its year ({@code 20}) under it
	 */
	record Bar(int x, int height, String value, boolean gap, String label, String year) {
	}

}
