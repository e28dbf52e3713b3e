package org.satellite.reporting.web;

import java.math.BigDecimal;
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

	/**
	 * A chart whose bars are written as the page writes its figures: no bar and "no data"
	 * where nothing was recorded, {@code <5} or "hidden" where a figure is withheld.
	 */
	static Chart of(String id, String title, String description, List<Figure> series, Locale locale,
			FigureText formats) {
		BigDecimal max = BigDecimal.ONE;
		for (Figure figure : series) {
			if (figure.value() != null && figure.value().compareTo(max) > 0) {
				max = figure.value();
			}
		}
		DateTimeFormatter months = DateTimeFormatter.ofPattern("MMM yy", locale);
		int slot = WIDTH / Math.max(1, series.size());
		int usable = HEIGHT - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Figure figure = series.get(i);
			boolean none = figure.value() == null;
			int height = none ? 0
					: figure.value()
						.multiply(BigDecimal.valueOf(usable))
						.divide(max, java.math.RoundingMode.HALF_UP)
						.intValue();
			int x = i * slot + 2;
			bars.add(new Bar(YearMonth.from(figure.period().start()).format(months), formats.of(figure), none, x,
					HEIGHT - BOTTOM - height, slot - 4, height, x + (slot - 4) / 2));
		}
		return new Chart(id, title, description, bars);
	}

}
