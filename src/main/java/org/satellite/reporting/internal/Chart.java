package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

import org.satellite.platform.Languages;
import org.satellite.platform.web.BarChart;

import org.springframework.context.MessageSource;

/**
 * Reporting's charts: one indicator at one place over consecutive periods, drawn with
 * Satellite's one chart ({@link BarChart}) on the dashboards, the public figures page and
 * in the program report's PDF, its values written as {@link FigureText} writes figures.
 */
public final class Chart {

	private Chart() {
	}

	/**
	 * The chart of a series (oldest first), described in one sentence for screen readers
	 * ("Bar chart of needles distributed for the program, month by month from 2026-01 to
	 * 2026-12").
	 */
	public static BarChart of(String id, String title, OrgUnit place, List<Figure> series, FigureText text,
			MessageSource messages, Locale locale, int width) {
		String description = "";
		if (!series.isEmpty()) {
			ReportPeriod first = series.get(0).period();
			ReportPeriod last = series.get(series.size() - 1).period();
			description = messages.getMessage("reporting.dashboard.chartDescription",
					new Object[] { title, placeName(place, messages, locale), first.key(), last.key(), messages
						.getMessage("reporting.dashboard.chartBy." + last.granularity().name(), null, locale) },
					locale);
		}
		List<BarChart.Point> points = series.stream()
			.map((figure) -> new BarChart.Point(label(figure.period(), locale), name(figure.period(), locale),
					List.of(new BarChart.Value(figure.value(), text.of(figure)))))
			.toList();
		boolean share = !series.isEmpty() && series.get(0).indicator().unit() == IndicatorUnit.PERCENT;
		return BarChart.of(id, title, description, messages.getMessage("reporting.dashboard.month", null, locale),
				List.of(title), true, points, width, share ? BigDecimal.valueOf(100) : null);
	}

	/** A place as a sentence names it: the program in the reader's language. */
	public static String placeName(OrgUnit place, MessageSource messages, Locale locale) {
		return (place.level() == OrgUnit.Level.PROGRAM)
				? messages.getMessage("reporting.dashboard.program", null, locale) : place.name();
	}

	/** A period as the chart names it beside its bar, short enough for a phone. */
	static String label(ReportPeriod period, Locale locale) {
		return switch (period.granularity()) {
			case MONTH -> BarChart.monthLabel(YearMonth.from(period.start()), locale);
			case QUARTER -> Languages.pick(locale, "Q", "T") + period.start().get(IsoFields.QUARTER_OF_YEAR) + " "
					+ period.start().format(DateTimeFormatter.ofPattern("yy", locale));
			case YEAR -> period.key();
		};
	}

	/** A period as the table beside the drawing names it. */
	static String name(ReportPeriod period, Locale locale) {
		return switch (period.granularity()) {
			case MONTH -> BarChart.monthName(YearMonth.from(period.start()), locale);
			case QUARTER, YEAR -> period.key();
		};
	}

}
