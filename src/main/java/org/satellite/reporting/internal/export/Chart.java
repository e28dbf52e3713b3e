package org.satellite.reporting.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.reporting.internal.Figure;

/**
 * A bar chart of one indicator over consecutive periods, laid out for an SVG drawing:
 * each bar carries its value in words under it, so the chart never depends on colour or
 * on reading a bar's height, and a period with nothing recorded has no bar and says "no
 * data".
 *
 * @param title the indicator's name
 * @param bars oldest first
 */
public record Chart(String title, List<Bar> bars) {

	/** The drawing's size, in SVG user units. */
	public static final int WIDTH = 640;

	public static final int HEIGHT = 170;

	/** Where the bars stand: room above for nothing, below for two lines of labels. */
	static final int BASE = 130;

	static final int TALLEST = 110;

	/**
	 * One period's bar.
	 *
	 * @param x its left edge
	 * @param y its top
	 * @param width its width
	 * @param height its height; 0 for a period with no data
	 * @param label the period ({@code 2026-11})
	 * @param value the figure as written
	 */
	public record Bar(int x, int y, int width, int height, String label, String value) {

		public int middle() {
			return this.x + this.width / 2;
		}

	}

	public static Chart of(String title, List<Figure> series, Locale locale) {
		BigDecimal max = series.stream()
			.map(Figure::value)
			.filter((value) -> value != null && value.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		int slot = WIDTH / Math.max(1, series.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Figure figure = series.get(i);
			int height = (figure.value() == null) ? 0
					: figure.value()
						.multiply(BigDecimal.valueOf(TALLEST))
						.divide(max, 0, java.math.RoundingMode.HALF_UP)
						.intValue();
			bars.add(new Bar(i * slot + slot / 6, BASE - height, slot * 2 / 3, height, figure.period().key(),
					FigureText.of(figure, locale)));
		}
		return new Chart(title, List.copyOf(bars));
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int base() {
		return BASE;
	}

}
