package org.satellite.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.satellite.platform.ProgramTime;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The program's clock as a page was drawn, for scripts that must date what a person does
 * on the program's clock rather than the phone's ({@code static/js/outbox.js}):
 * {@code now} in milliseconds since the epoch, and {@code wall}, the time of day in the
 * program's zone to the minute as a {@code datetime-local} field writes it.
 */
@ControllerAdvice
class ProgramClockOnPages {

	private final ProgramTime time;

	ProgramClockOnPages(ProgramTime time) {
		this.time = time;
	}

	@ModelAttribute("programClock")
	Map<String, Object> programClock() {
		Instant now = this.time.now();
		return Map.of("now", now.toEpochMilli(), "wall",
				LocalDateTime.ofInstant(now, this.time.zone()).truncatedTo(ChronoUnit.MINUTES).toString());
	}

}
