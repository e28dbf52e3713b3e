package org.satellite.reporting.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.reporting.internal.Figure;

/**
 * One chart as the one chart fragment ({@code reporting/chart.html}) draws it: a bar per
 * period with its value written above it, and the same numbers as a table. The geometry
 * is worked out here so that the template only places shapes.
 *
 * @param id a unique id on the page, for the title and description
 * @param title what is counted
 * @param description the chart in one sentence, for screen readers
 * @param bars the periods, oldest first
 */
public record Chart(String id, String title, String description, List<Bar> bars) {

	static final int WIDTH = 360;

	static final int HEIGHT = 200;

	private static final int TOP = 24;

	private static final int BOTTOM = 28;

	/**
	 * One period's bar.
	 *
	 * @param label the period, short ("Nov 26")
	 * @param text the value as written, or "–" with no data
	 * @param noData whether nothing was recorded
	 */
	public record Bar(String label, String text, boolean noData, int x, int y, int width, int height, int labelX) {
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	static Chart of(String id, String title, String description, List<Figure> series, Locale locale, String noData) {
		return of(id, title, description, series, locale, noData, noData);
	}

	/**
	 * A chart of figures that may be withheld: a small count is written {@code <5}, a
	 * hidden one with {@code hidden}, and neither is drawn.
	 */
	static Chart of(String id, String title, String description, List<Figure> series, Locale locale, String noData,
			String hidden) {
		BigDecimal max = BigDecimal.ONE;
		for (Figure figure : series) {
			if (figure.value() != null && figure.value().compareTo(max) > 0) {
				max = figure.value();
			}
		}
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		DateTimeFormatter months = DateTimeFormatter.ofPattern("MMM yy", locale);
		int slot = WIDTH / Math.max(1, series.size());
		int usable = HEIGHT - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Figure figure = series.get(i);
			boolean none = figure.value() == null;
			String withheld = switch (figure.mark()) {
				case SMALL -> "<" + org.satellite.privacy.Disclosure.K;
				case HIDDEN -> hidden;
				case SHOWN -> noData;
			};
			int height = none ? 0
					: figure.value()
						.multiply(BigDecimal.valueOf(usable))
						.divide(max, java.math.RoundingMode.HALF_UP)
						.intValue();
			int x = i * slot + 2;
			bars.add(new Bar(YearMonth.from(figure.period().start()).format(months),
					none ? withheld : numbers.format(figure.value()), none, x, HEIGHT - BOTTOM - height, slot - 4,
					height, x + (slot - 4) / 2));
		}
		return new Chart(id, title, description, bars);
	}

}
