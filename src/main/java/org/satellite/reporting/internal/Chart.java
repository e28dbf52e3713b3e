package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The one chart of reporting, as the one chart fragment ({@code reporting/chart.html})
 * draws it on the dashboards, the public figures page and in the program report's PDF: a
 * bar per period with its value written above it (no meaning in colour or height alone),
 * no bar and "no data" where nothing was recorded, and the same numbers as a table. The
 * geometry is worked out here so that the fragment only places shapes.
 *
 * @param id a unique id in the document, for the title and description
 * @param title what is counted
 * @param description the chart in one sentence, for screen readers
 * @param width the drawing's width, in SVG user units
 * @param height the drawing's height
 * @param bars the periods, oldest first
 */
public record Chart(String id, String title, String description, int width, int height, List<Bar> bars) {

	/** The size on a page: readable on a 360 px phone. */
	public static final int PAGE_WIDTH = 360;

	public static final int PAGE_HEIGHT = 200;

	/** The size across an A4 page. */
	public static final int PRINT_WIDTH = 640;

	public static final int PRINT_HEIGHT = 190;

	private static final int TOP = 24;

	private static final int BOTTOM = 28;

	/**
	 * One period's bar.
	 *
	 * @param label the period, short ({@code Nov 26}, {@code 2026-Q4}, {@code 2026})
	 * @param text the value as written, or the words for no data or withheld, as the
	 * table beside the drawing writes it
	 * @param noData whether there is no bar (nothing recorded, or withheld): the drawing
	 * writes a dash there, which its key explains, as words would not fit
	 * @param x its left edge
	 * @param y its top
	 * @param width its width
	 * @param height its height
	 */
	public record Bar(String label, String text, boolean noData, int x, int y, int width, int height) {

		/** What the drawing writes above the bar. */
		public String mark() {
			return this.noData ? DASH : this.text;
		}

		/** Where its words are centred. */
		public int labelX() {
			return this.x + this.width / 2;
		}

	}

	/** What the drawing writes where a period has no bar. */
	public static final String DASH = "–";

	/** Whether a period has no bar, so the drawing's key explains the dash. */
	public boolean anyNoData() {
		return this.bars.stream().anyMatch(Bar::noData);
	}

	/** Where the bars stand. */
	public int baseline() {
		return this.height - BOTTOM;
	}

	/**
	 * A chart of one indicator at one place over consecutive periods (oldest first), its
	 * values written as {@code text} writes figures, described in one sentence for screen
	 * readers ("Bar chart of needles distributed for the program, month by month from
	 * 2026-01 to 2026-12").
	 */
	public static Chart of(String id, String title, String placeName, List<Figure> series, FigureText text,
			MessageSource messages, Locale locale, int width, int height) {
		String description = "";
		if (!series.isEmpty()) {
			ReportPeriod first = series.get(0).period();
			ReportPeriod last = series.get(series.size() - 1).period();
			description = messages.getMessage("reporting.dashboard.chartDescription",
					new Object[] { title, placeName, first.key(), last.key(), messages
						.getMessage("reporting.dashboard.chartBy." + last.granularity().name(), null, locale) },
					locale);
		}
		return layout(id, title, description, series, text, locale, width, height);
	}

	static Chart layout(String id, String title, String description, List<Figure> series, FigureText text,
			Locale locale, int width, int height) {
		BigDecimal max = series.stream()
			.map(Figure::value)
			.filter((value) -> value != null && value.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		int slot = width / Math.max(1, series.size());
		int usable = height - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Figure figure = series.get(i);
			boolean none = figure.value() == null;
			int tall = none ? 0
					: figure.value()
						.multiply(BigDecimal.valueOf(usable))
						.divide(max, 0, RoundingMode.HALF_UP)
						.intValue();
			bars.add(new Bar(label(figure.period(), locale), text.of(figure), none, i * slot + 2,
					height - BOTTOM - tall, slot - 4, tall));
		}
		return new Chart(id, title, description, width, height, List.copyOf(bars));
	}

	/** A period as a chart's axis names it. */
	static String label(ReportPeriod period, Locale locale) {
		return switch (period.granularity()) {
			case MONTH -> YearMonth.from(period.start()).format(DateTimeFormatter.ofPattern("MMM yy", locale));
			case QUARTER, YEAR -> period.key();
		};
	}

}
