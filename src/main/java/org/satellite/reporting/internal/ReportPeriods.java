package org.satellite.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and stepping periods: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}.
 */
public final class ReportPeriods {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private ReportPeriods() {
	}

	/** The period a key names, or empty when it names none. */
	public static Optional<ReportPeriod> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		String text = key.strip();
		Matcher quarter = QUARTER.matcher(text);
		if (quarter.matches()) {
			int q = Integer.parseInt(quarter.group(2));
			return Optional.of(new ReportPeriod(ReportPeriod.Granularity.QUARTER,
					LocalDate.of(Integer.parseInt(quarter.group(1)), (q - 1) * 3 + 1, 1)));
		}
		if (YEAR.matcher(text).matches()) {
			return Optional
				.of(new ReportPeriod(ReportPeriod.Granularity.YEAR, LocalDate.of(Integer.parseInt(text), 1, 1)));
		}
		try {
			return Optional.of(ReportPeriod.month(YearMonth.parse(text)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The period {@code back} periods before this one. */
	public static ReportPeriod minus(ReportPeriod period, int back) {
		return switch (period.granularity()) {
			case MONTH -> new ReportPeriod(period.granularity(), period.start().minusMonths(back));
			case QUARTER -> new ReportPeriod(period.granularity(), period.start().minusMonths(3L * back));
			case YEAR -> new ReportPeriod(period.granularity(), period.start().minusYears(back));
		};
	}

	/** The period of this granularity holding this month. */
	public static ReportPeriod holding(ReportPeriod.Granularity granularity, YearMonth month) {
		return switch (granularity) {
			case MONTH -> ReportPeriod.month(month);
			case QUARTER -> new ReportPeriod(granularity,
					month.withMonth((month.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).atDay(1));
			case YEAR -> new ReportPeriod(granularity, month.withMonth(1).atDay(1));
		};
	}

}
