package org.satellite.alerts.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert desk as a coordinator reads it, in the order they act on it: what is in
 * effect, what waits for a person (approval or issue), what Satellite suggests (one line
 * per group, with how much is behind it), then what is past and what was dismissed.
 */
@Service
public class AlertBoard {

	/** How many suggestions the desk lists; the rest are counted. */
	public static final int SUGGESTIONS_SHOWN = 100;

	private static final int PAST_SHOWN = 50;

	private static final int DISMISSED_SHOWN = 30;

	private final Alerts alerts;

	private final ProgramTime time;

	AlertBoard(Alerts alerts, ProgramTime time) {
		this.alerts = alerts;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public Board of(StaffMember by) {
		AlertDesk.requireDesk(by);
		Instant now = this.time.now();
		List<Suggested> suggestions = this.alerts.suggestions(SUGGESTIONS_SHOWN)
			.stream()
			.map((alert) -> new Suggested(alert, Evidence.of(alert), weekOf(alert.createdAt())))
			.toList();
		return new Board(this.alerts.inEffect(now), this.alerts.waiting(200), suggestions,
				this.alerts.countSuggestions(), this.alerts.past(now, PAST_SHOWN),
				this.alerts.dismissed(DISMISSED_SHOWN));
	}

	private LocalDate weekOf(Instant moment) {
		return moment.atZone(this.time.zone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * The desk's sections.
	 *
	 * @param suggestionsTotal how many suggestions wait, of which {@code suggestions}
	 * lists the most severe and newest
	 */
	public record Board(List<Alert> inEffect, List<Alert> waiting, List<Suggested> suggestions, long suggestionsTotal,
			List<Alert> past, List<Alerts.Dismissed> dismissed) {
	}

	/**
	 * A suggested draft with what is behind it and the week (its Monday) it stands for.
	 */
	public record Suggested(Alert alert, Evidence evidence, LocalDate week) {
	}

}
