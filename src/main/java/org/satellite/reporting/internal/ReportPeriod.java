package org.satellite.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * A month, a quarter or a year, in the program's time zone.
 *
 * @param granularity how long it is
 * @param start its first day
 */
public record ReportPeriod(Granularity granularity, LocalDate start) {

	/** How long a period is. */
	public enum Granularity {

		MONTH, QUARTER, YEAR

	}

	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(Granularity.MONTH, month.atDay(1));
	}

	/** The day after its last day. */
	public LocalDate end() {
		return switch (this.granularity) {
			case MONTH -> this.start.plusMonths(1);
			case QUARTER -> this.start.plusMonths(3);
			case YEAR -> this.start.plusYears(1);
		};
	}

	/**
	 * The ISO-style name used in CSVs and URLs: {@code 2026-11}, {@code 2026-Q4},
	 * {@code 2026}.
	 */
	public String key() {
		return switch (this.granularity) {
			case MONTH -> YearMonth.from(this.start).toString();
			case QUARTER -> this.start.getYear() + "-Q" + this.start.get(IsoFields.QUARTER_OF_YEAR);
			case YEAR -> Integer.toString(this.start.getYear());
		};
	}

}
