package org.satellite.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Satellite's one chart, as the fragment {@code fragments/chart :: chart (chart)} draws
 * it on every page and in the PDF reports: horizontal bars, one row per period, each bar
 * with its value written at its end, so that twelve or twenty-four periods stay readable
 * on a 360 px phone and nothing means anything by colour or length alone; a second series
 * (needles back beside needles out) is hatched and named in a legend; a period with
 * nothing to show has no bar and its words instead ("no data", "hidden", "–"); and the
 * same numbers as a table beside the drawing, unless the page has a fuller table of its
 * own. The geometry is worked out here so that the fragment only places shapes.
 *
 * @param id a unique id in the document, for the title, description and patterns
 * @param title what is counted
 * @param description the chart in one sentence, for screen readers
 * @param periodHeading the table's first column ("Month", "Period")
 * @param series the names of the series, one or two; the second is hatched
 * @param withTable whether the fragment writes the table of the numbers beside the
 * drawing ({@code false} when the page shows them in a table of its own)
 * @param width the drawing's width, in SVG user units
 * @param height the drawing's height: a row per period
 * @param rows the periods, in the order given (oldest first)
 */
public record BarChart(String id, String title, String description, String periodHeading, List<String> series,
		boolean withTable, int width, int height, List<Row> rows) {

	/** The width on a page: readable on a 360 px phone. */
	public static final int PAGE_WIDTH = 360;

	/** The width across an A4 page. */
	public static final int PRINT_WIDTH = 640;

	/** Where the bars start: the periods are written to the left of it. */
	static final int AXIS = 64;

	/**
	 * Room to the right of the longest bar for its value, in words when there is none.
	 */
	static final int VALUE_ROOM = 104;

	static final int BAR = 14;

	/** Space between two bars of a row, and between two rows. */
	static final int GAP = 2;

	static final int ROW_GAP = 6;

	static final int FONT = 11;

	/** One value of a period: its number (none for no bar) and how it is written. */
	public record Value(BigDecimal value, String text) {

		public static Value of(long value, String text) {
			return new Value(BigDecimal.valueOf(value), text);
		}

		/** Nothing to draw: only the words. */
		public static Value none(String text) {
			return new Value(null, text);
		}

	}

	/**
	 * One period as a page gives it.
	 *
	 * @param label the period beside its bars, short ({@code Nov 26})
	 * @param name the period in the table ({@code November 2026})
	 * @param values one per series
	 */
	public record Point(String label, String name, List<Value> values) {
	}

	/** One period's row: its name and a bar per series. */
	public record Row(String label, String name, int labelY, List<Bar> bars) {
	}

	/**
	 * One bar.
	 *
	 * @param series which series, from 0 (the second is hatched)
	 * @param text the value as written
	 * @param noData whether there is no bar, only the words
	 */
	public record Bar(int series, String text, boolean noData, int x, int y, int width, int height) {

		/** Where the words of the bar stand. */
		public int textY() {
			return this.y + this.height - 3;
		}

		/** Where its value is written: just past its end. */
		public int valueX() {
			return this.x + this.width + 4;
		}

		public boolean hatched() {
			return this.series == 1;
		}

	}

	/**
	 * A month as a chart names it beside its bars, short enough for a phone:
	 * {@code Nov 26}.
	 */
	public static String monthLabel(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern("MMM yy", locale));
	}

	/**
	 * A month as a chart's table names it: {@code November 2026}, {@code novembre 2026}.
	 */
	public static String monthName(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
	}

	public int axis() {
		return AXIS;
	}

	public int font() {
		return FONT;
	}

	/** Where the periods' names end, just left of the bars. */
	public int labelX() {
		return AXIS - 6;
	}

	/** Whether a legend names the series: with more than one. */
	public boolean legend() {
		return this.series.size() > 1;
	}

	/**
	 * Lays the points out, every series on one scale, the longest value the longest bar.
	 */
	public static BarChart of(String id, String title, String description, String periodHeading, List<String> series,
			boolean withTable, List<Point> points, int width) {
		return of(id, title, description, periodHeading, series, withTable, points, width, null);
	}

	/**
	 * Lays the points out on a scale whose longest bar is {@code fullScale} (100 for
	 * shares, so that 45% is under half the room, not all of it), or the longest value
	 * when {@code null}.
	 */
	public static BarChart of(String id, String title, String description, String periodHeading, List<String> series,
			boolean withTable, List<Point> points, int width, BigDecimal fullScale) {
		BigDecimal longestValue = points.stream()
			.flatMap((point) -> point.values().stream())
			.map(Value::value)
			.filter((value) -> value != null && value.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		BigDecimal max = (fullScale != null) ? fullScale.max(longestValue) : longestValue;
		int longest = width - AXIS - VALUE_ROOM;
		int rowHeight = series.size() * BAR + (series.size() - 1) * GAP + ROW_GAP;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			int top = 4 + i * rowHeight;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < point.values().size(); s++) {
				Value value = point.values().get(s);
				boolean none = value.value() == null;
				int length = none ? 0
						: value.value()
							.max(BigDecimal.ZERO)
							.multiply(BigDecimal.valueOf(longest))
							.divide(max, 0, RoundingMode.HALF_UP)
							.intValue();
				bars.add(new Bar(s, value.text(), none, AXIS, top + s * (BAR + GAP), length, BAR));
			}
			int middle = top + (rowHeight - ROW_GAP) / 2 + FONT / 2 - 1;
			rows.add(new Row(point.label(), point.name(), middle, List.copyOf(bars)));
		}
		return new BarChart(id, title, description, periodHeading, List.copyOf(series), withTable, width,
				8 + points.size() * rowHeight, List.copyOf(rows));
	}

}
