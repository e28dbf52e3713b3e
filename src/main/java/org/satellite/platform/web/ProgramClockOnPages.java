package org.satellite.platform.web;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.satellite.platform.ProgramTime;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The program's clock as a page is drawn, for scripts that must date what a person does
 * on the program's clock rather than the phone's ({@code static/js/outbox.js}):
 * {@code programClock.now} in milliseconds since the epoch, and
 * {@code programClock.wall}, the time of day in the program's zone to the minute as a
 * {@code datetime-local} field writes it. Read only when a page prints them, so that the
 * API's answers, which share the model, pay nothing.
 */
@ControllerAdvice
class ProgramClockOnPages {

	private final ProgramTime time;

	ProgramClockOnPages(ProgramTime time) {
		this.time = time;
	}

	@ModelAttribute("programClock")
	Clock programClock() {
		return new Clock(this.time);
	}

	/** The clock a page reads; nothing is read from it until the page asks. */
	public static final class Clock {

		private final ProgramTime time;

		Clock(ProgramTime time) {
			this.time = time;
		}

		public long getNow() {
			return this.time.now().toEpochMilli();
		}

		public String getWall() {
			return LocalDateTime.ofInstant(this.time.now(), this.time.zone())
				.truncatedTo(ChronoUnit.MINUTES)
				.toString();
		}

	}

}
