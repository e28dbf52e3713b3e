package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;
import org.satellite.reporting.internal.ReportPeriod.Granularity;

/**
 * The period an export is asked for, as written in its address: {@code 2026-11} or
 * {@code 2026-Q4}. A period that has not started is refused in words: a report for it
 * would be all "no data", which reads like a program that did nothing.
 */
public final class PeriodChoice {

	private PeriodChoice() {
	}

	/** The period written, or the last month that has ended when nothing is. */
	public static ReportPeriod read(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return ReportPeriod.month(YearMonth.from(today).minusMonths(1));
		}
		// The one reader of period keys; an export is made for a month or a quarter.
		ReportPeriod period = ReportPeriods.parse(text.strip().toUpperCase(Locale.ROOT))
			.filter((read) -> read.granularity() != Granularity.YEAR)
			.orElseThrow(() -> new Refusal("reporting.export.error.badPeriod", text.strip()));
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
