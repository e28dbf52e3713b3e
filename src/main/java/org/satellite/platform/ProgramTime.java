package org.satellite.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The program's clock and time zone: months, days and "today" are counted where the
 * program runs, not in UTC.
 */
public record ProgramTime(Clock clock, ZoneId zone) {

	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public YearMonth thisMonth() {
		return YearMonth.now(this.clock.withZone(this.zone));
	}

	public Instant startOf(YearMonth month) {
		return month.atDay(1).atStartOfDay(this.zone).toInstant();
	}

	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	public YearMonth monthOf(Instant instant) {
		return YearMonth.from(instant.atZone(this.zone));
	}

}
