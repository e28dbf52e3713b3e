package org.satellite.supplies.web;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.supplies.SiteMonth;

/**
 * A bar chart of needles out and needles back per month, drawn as SVG on the server.
 * Needles back are hatched, not just coloured, and every bar carries its number, so the
 * chart reads without colour; the page shows the table of the same numbers beside it.
 */
record MonthChart(int width, int height, int baseline, List<Bar> bars) {

	static final int PLOT_HEIGHT = 160;

	static final int GROUP_WIDTH = 60;

	static MonthChart of(List<SiteMonth> months, Locale locale) {
		long max = Math.max(1,
				months.stream()
					.mapToLong((month) -> Math.max(month.needlesOut(), month.needlesBack()))
					.max()
					.orElse(1));
		List<Bar> bars = new ArrayList<>();
		int x = 40;
		for (SiteMonth month : months) {
			String label = month.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
					+ String.valueOf(month.month().getYear()).substring(2);
			bars.add(new Bar(x, scale(month.needlesOut(), max), month.needlesOut(), scale(month.needlesBack(), max),
					month.needlesBack(), label));
			x += GROUP_WIDTH;
		}
		return new MonthChart(x + 10, PLOT_HEIGHT + 70, PLOT_HEIGHT + 30, bars);
	}

	private static int scale(long value, long max) {
		return (int) Math.round((double) value * PLOT_HEIGHT / max);
	}

	/**
	 * One month: the bar of needles out and, beside it, the hatched bar of needles back.
	 */
	record Bar(int x, int outHeight, long out, int backHeight, long back, String label) {
	}

}
