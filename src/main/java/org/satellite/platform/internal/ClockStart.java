package org.satellite.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * How far the program's clock is from the system's: none in production; with
 * {@code satellite.clock.start}, for tests and for trying the demo on a given day, the
 * clock reads that moment when the application starts and runs on from there at the
 * system's pace, so timeouts, leases and retries behave as in production and only the
 * calendar moves. Computed once, so the Java clock and PostgreSQL's {@code program_now()}
 * move by exactly the same offset.
 *
 * <p>
 * Accepted forms: an instant ({@code 2027-01-01T05:30:00Z}), a date-time with an offset
 * ({@code 2026-12-31T23:30-05:00}) or a local date-time in the program's zone
 * ({@code 2026-12-31T23:30}).
 */
record ClockStart(Duration offset) {

	static final ClockStart SYSTEM = new ClockStart(Duration.ZERO);

	static ClockStart parse(String text, ZoneId zone, Clock system) {
		return new ClockStart(Duration.between(system.instant(), instant(text.strip(), zone)));
	}

	private static Instant instant(String value, ZoneId zone) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value).atZone(zone).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				throw new IllegalArgumentException("satellite.clock.start must be a date and time such as "
						+ "2026-12-31T23:30 (in the program's time zone) or 2027-01-01T04:30:00Z, not '" + value + "'",
						unreadable);
			}
		}
	}

	/** The program's clock: the system's, moved by the offset. */
	Clock clock(Clock system) {
		return this.offset.isZero() ? system : Clock.offset(system, this.offset);
	}

}
