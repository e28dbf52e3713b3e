package org.satellite.checking.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.checking.CheckedSample;
import org.satellite.checking.OpenData;
import org.satellite.checking.StripResult;
import org.satellite.privacy.SmallCells;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public drug checking dashboard and its downloads. Every count under 5 is shown as {@code <5} and hidden
 * together with enough others that no total gives it away ({@link SmallCells}).
 */
@Controller
class DataPageController {

	static final int CHART_MONTHS = 24;

	private final OpenData data;

	DataPageController(OpenData data) {
		this.data = data;
	}

	@GetMapping("/data")
	String dashboard(@RequestParam(required = false) String expected, Model model) {
		OpenData.Figures figures = this.data.monthly();
		int column = (expected != null) ? OpenData.COLUMNS.indexOf(expected) : -1;
		List<Row> rows = rows(figures, column);
		model.addAttribute("figures", figures);
		model.addAttribute("rows", rows);
		model.addAttribute("expected", (column >= 0) ? expected : null);
		model.addAttribute("columns", OpenData.COLUMNS);
		model.addAttribute("chart", Chart.of(rows.subList(0, Math.min(CHART_MONTHS, rows.size()))));
		return "checking/data";
	}

	/** The numbers of the dashboard, as they are shown. */
	@GetMapping("/data/checking-monthly.csv")
	void monthlyCsv(HttpServletResponse response) throws IOException {
		OpenData.Figures figures = this.data.monthly();
		csv(response, "checking-monthly.csv");
		try (CSVPrinter out = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT)) {
			out.printRecord("month", "expected_class", "samples", "with_fentanyl", "with_benzodiazepine", "with_notable");
			for (int i = 0; i < figures.months().size(); i++) {
				out.printRecord(figures.months().get(i), "ALL", figures.samples().rowTotals().get(i),
						figures.fentanyl().rowTotals().get(i), figures.benzodiazepine().rowTotals().get(i),
						figures.notable().rowTotals().get(i));
				for (int j = 0; j < figures.columns().size(); j++) {
					out.printRecord(figures.months().get(i), figures.columns().get(j), figures.samples().cells().get(i).get(j),
							figures.fentanyl().cells().get(i).get(j), figures.benzodiazepine().cells().get(i).get(j),
							figures.notable().cells().get(i).get(j));
				}
			}
		}
	}

	/**
	 * The coarsened data set, one line per released sample: the week (its Monday), the zone or city, the expected
	 * substance and class, the substances found and the strips. A place with fewer than 5 samples that week is
	 * written {@code <5}; an expected substance with fewer than 5 samples that week is replaced by its class.
	 */
	@GetMapping("/data/checking-samples.csv")
	void samplesCsv(HttpServletResponse response) throws IOException {
		List<CheckedSample> samples = this.data.samples();
		Map<String, Integer> byPlace = new HashMap<>();
		Map<String, Integer> byExpected = new HashMap<>();
		for (CheckedSample s : samples) {
			byPlace.merge(week(s.day()) + "|" + s.place(), 1, Integer::sum);
			byExpected.merge(week(s.day()) + "|" + s.expected(), 1, Integer::sum);
		}
		csv(response, "checking-samples.csv");
		try (CSVPrinter out = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT)) {
			out.printRecord("week", "place", "expected_substance", "expected_class", "components_found", "fentanyl_strip",
					"benzodiazepine_strip", "xylazine_strip");
			for (CheckedSample s : samples) {
				LocalDate week = week(s.day());
				String place = (byPlace.get(week + "|" + s.place()) < SmallCells.THRESHOLD) ? SmallCells.SUPPRESSED
						: (s.place() != null) ? s.place() : "";
				String expectedClass = (s.expectedClass() != null) ? s.expectedClass().name() : "UNKNOWN";
				String expected = (byExpected.get(week + "|" + s.expected()) < SmallCells.THRESHOLD) ? expectedClass
						: (s.expected() != null) ? s.expected() : "";
				out.printRecord(week, place, expected, expectedClass, (s.components() != null) ? s.components() : "",
						strip(s.fentanylStrip()), strip(s.benzoStrip()), strip(s.xylazineStrip()));
			}
		}
	}

	private static List<Row> rows(OpenData.Figures figures, int column) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < figures.months().size(); i++) {
			String samples = pick(figures.samples(), i, column);
			String fentanyl = pick(figures.fentanyl(), i, column);
			String benzo = pick(figures.benzodiazepine(), i, column);
			String notable = pick(figures.notable(), i, column);
			rows.add(new Row(figures.months().get(i), samples, fentanyl, OpenData.Figures.share(fentanyl, samples), benzo,
					OpenData.Figures.share(benzo, samples), notable, OpenData.Figures.share(notable, samples)));
		}
		return rows;
	}

	private static String pick(SmallCells.Table table, int row, int column) {
		return (column < 0) ? table.rowTotals().get(row) : table.cells().get(row).get(column);
	}

	private static LocalDate week(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static String strip(StripResult result) {
		return (result != null) ? result.name() : "NOT_USED";
	}

	private static void csv(HttpServletResponse response, String name) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
	}

	/**
	 * One month of the dashboard; a share is {@code null} when a count behind it is suppressed.
	 */
	record Row(YearMonth month, String samples, String fentanyl, Integer fentanylShare, String benzodiazepine,
			Integer benzodiazepineShare, String notable, Integer notableShare) {
	}

	/**
	 * The bar chart of the share with fentanyl, oldest month on the left. Each bar carries its number and a hatch
	 * pattern, so it reads without colour.
	 */
	record Chart(int width, int height, int baseline, List<Bar> bars) {

		static Chart of(List<Row> newestFirst) {
			List<Row> rows = new ArrayList<>(newestFirst);
			java.util.Collections.reverse(rows);
			int baseline = 180;
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				Integer share = row.fentanylShare();
				int height = (share != null) ? (int) Math.round(share * 1.5) : 0;
				bars.add(new Bar(40 + i * 34, height, (share != null) ? share + "%" : SmallCells.SUPPRESSED,
						row.month().toString().substring(2)));
			}
			return new Chart(40 + rows.size() * 34 + 10, 220, baseline, bars);
		}

	}

	record Bar(int x, int height, String value, String label) {
	}

}
