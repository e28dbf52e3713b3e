package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriod.Granularity;

/**
 * The period an export is asked for, as written in its address: {@code 2026-11} or
 * {@code 2026-Q4}. A period that has not started is refused in words: a report for it
 * would be all "no data", which reads like a program that did nothing.
 */
public final class PeriodChoice {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private PeriodChoice() {
	}

	/** The period written, or the last month that has ended when nothing is. */
	public static ReportPeriod read(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return ReportPeriod.month(YearMonth.from(today).minusMonths(1));
		}
		String written = text.strip().toUpperCase(Locale.ROOT);
		ReportPeriod period;
		Matcher quarter = QUARTER.matcher(written);
		if (quarter.matches()) {
			int first = 1 + 3 * (Integer.parseInt(quarter.group(2)) - 1);
			period = new ReportPeriod(Granularity.QUARTER, LocalDate.of(Integer.parseInt(quarter.group(1)), first, 1));
		}
		else {
			try {
				period = ReportPeriod.month(YearMonth.parse(written));
			}
			catch (DateTimeParseException ex) {
				throw new Refusal("reporting.export.error.badPeriod", text.strip());
			}
		}
		if (period.start().isAfter(today)) {
			throw new Refusal("reporting.export.error.future", period.key());
		}
		return period;
	}

	/** Whether the period is still running: its figures are those recorded so far. */
	public static boolean inProgress(ReportPeriod period, LocalDate today) {
		return period.end().isAfter(today);
	}

}
