package org.satellite.supplies.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.satellite.platform.web.BarChart;
import org.satellite.supplies.SiteMonth;

import org.springframework.context.MessageSource;

/**
 * A site's needles out and needles back per month, drawn with Satellite's one chart
 * ({@link BarChart}): needles back hatched beside needles out, each bar with its number,
 * so the chart reads without colour; the page's table of the month's figures holds the
 * same numbers.
 */
final class MonthChart {

	private MonthChart() {
	}

	static BarChart of(List<SiteMonth> months, MessageSource messages, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<BarChart.Point> points = months.stream()
			.map((month) -> new BarChart.Point(BarChart.monthLabel(month.month(), locale), month.month().toString(),
					List.of(BarChart.Value.of(month.needlesOut(), numbers.format(month.needlesOut())),
							BarChart.Value.of(month.needlesBack(), numbers.format(month.needlesBack())))))
			.toList();
		return BarChart
			.of("chart-needles", messages.getMessage("coord.chart.label", null, locale),
					messages.getMessage("coord.chart.description", null, locale),
					messages.getMessage("figures.month", null, locale),
					List.of(messages.getMessage("figures.needlesOut", null, locale),
							messages.getMessage("figures.needlesBack", null, locale)),
					false, points, BarChart.PAGE_WIDTH);
	}

}
