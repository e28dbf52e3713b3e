package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.platform.Languages;

import org.springframework.context.MessageSource;

/**
 * The one chart of reporting, as the one chart fragment ({@code reporting/chart.html})
 * draws it on the dashboards, the public figures page and in the program report's PDF: a
 * horizontal bar per period with its value written at its end (no meaning in colour or
 * length alone), no bar and "no data" where nothing was recorded, and the same numbers as
 * a table. The geometry is worked out here so that the fragment only places shapes.
 *
 * @param id a unique id in the document, for the title and description
 * @param title what is counted
 * @param description the chart in one sentence, for screen readers
 * @param width the drawing's width, in SVG user units
 * @param height the drawing's height: a row per period
 * @param bars the periods, oldest first
 */
public record Chart(String id, String title, String description, int width, int height, List<Bar> bars) {

	/** The width on a page: readable on a 360 px phone. */
	public static final int PAGE_WIDTH = 360;

	/** The width across an A4 page. */
	public static final int PRINT_WIDTH = 640;

	/** Where the bars start: the periods are written to the left of it. */
	public static final int AXIS = 64;

	/**
	 * Room to the right of the longest bar for its value, in words when there is none.
	 */
	static final int VALUE_ROOM = 104;

	/** One period's row: its bar and the space to the next. */
	static final int ROW = 20;

	static final int BAR = 14;

	/** The words' size. */
	public static final int FONT = 11;

	/**
	 * One period's bar.
	 *
	 * @param label the period beside its bar, short ({@code Nov 26}, {@code Q4 26} /
	 * {@code T4 26}, {@code 2026})
	 * @param name the period in the table beside the drawing ({@code November 2026},
	 * {@code 2026-Q4}, {@code 2026})
	 * @param text the value as written, or the words for no data or withheld: written at
	 * the end of the bar, and in the table
	 * @param noData whether there is no bar (nothing recorded, or withheld)
	 * @param x its left edge
	 * @param y its top
	 * @param width its length
	 * @param height its thickness
	 */
	public record Bar(String label, String name, String text, boolean noData, int x, int y, int width, int height) {

		/** Where the words of its row stand. */
		public int textY() {
			return this.y + this.height - 3;
		}

		/** Where its value is written: just past its end. */
		public int valueX() {
			return this.x + this.width + 4;
		}

	}

	/** Where the bars start. */
	public int axis() {
		return AXIS;
	}

	/** The words' size, in the drawing's units. */
	public int font() {
		return FONT;
	}

	/** Where the periods' names end, just left of the bars. */
	public int labelX() {
		return AXIS - 6;
	}

	/**
	 * A chart of one indicator at one place over consecutive periods (oldest first, top
	 * to bottom), its values written as {@code text} writes figures, described in one
	 * sentence for screen readers ("Bar chart of needles distributed for the program,
	 * month by month from 2026-01 to 2026-12").
	 */
	public static Chart of(String id, String title, String placeName, List<Figure> series, FigureText text,
			MessageSource messages, Locale locale, int width) {
		String description = "";
		if (!series.isEmpty()) {
			ReportPeriod first = series.get(0).period();
			ReportPeriod last = series.get(series.size() - 1).period();
			description = messages.getMessage("reporting.dashboard.chartDescription",
					new Object[] { title, placeName, first.key(), last.key(), messages
						.getMessage("reporting.dashboard.chartBy." + last.granularity().name(), null, locale) },
					locale);
		}
		return layout(id, title, description, series, text, locale, width);
	}

	/**
	 * Horizontal bars, one row per period, so that twelve periods and their values stay
	 * readable on a phone: nothing is written across another bar.
	 */
	static Chart layout(String id, String title, String description, List<Figure> series, FigureText text,
			Locale locale, int width) {
		BigDecimal max = series.stream()
			.map(Figure::value)
			.filter((value) -> value != null && value.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		int longest = width - AXIS - VALUE_ROOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Figure figure = series.get(i);
			boolean none = figure.value() == null;
			int length = none ? 0
					: figure.value()
						.max(BigDecimal.ZERO)
						.multiply(BigDecimal.valueOf(longest))
						.divide(max, 0, RoundingMode.HALF_UP)
						.intValue();
			bars.add(new Bar(label(figure.period(), locale), name(figure.period(), locale), text.of(figure), none, AXIS,
					4 + i * ROW, length, BAR));
		}
		return new Chart(id, title, description, width, 8 + series.size() * ROW, List.copyOf(bars));
	}

	/** A period as a chart's axis names it, short enough for twelve bars on a phone. */
	static String label(ReportPeriod period, Locale locale) {
		return switch (period.granularity()) {
			case MONTH -> YearMonth.from(period.start()).format(DateTimeFormatter.ofPattern("MMM yy", locale));
			case QUARTER -> Languages.pick(locale, "Q", "T") + period.start().get(IsoFields.QUARTER_OF_YEAR) + " "
					+ period.start().format(DateTimeFormatter.ofPattern("yy", locale));
			case YEAR -> period.key();
		};
	}

	/** A period as the table beside the drawing names it. */
	static String name(ReportPeriod period, Locale locale) {
		return switch (period.granularity()) {
			case MONTH -> YearMonth.from(period.start()).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
			case QUARTER, YEAR -> period.key();
		};
	}

}
