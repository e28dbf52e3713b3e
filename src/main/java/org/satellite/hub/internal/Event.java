package org.satellite.hub.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import org.satellite.platform.Languages;

/**
 * An event of the series, known by its number.
 *
 * @param startsAt when it starts; empty for a postponed event whose new date is not known
 * yet
 * @param zone the time zone the event is planned in, shown beside its time
 * @param howToJoin how to join (a meeting link, a phone number to dial): told to
 * registered people only
 * @param speakers the speakers, by the public name or organisation each chose
 * @param partners the planning partners, by the public name or organisation each chose
 * @param capacity how many people may register; {@code null} for no limit
 * @param revision counts the changes of date or status told to registered people
 */
public record Event(int number, String titleEn, String titleFr, String descriptionEn, String descriptionFr,
		Instant startsAt, ZoneId zone, int durationMinutes, EventStatus status, boolean interpretation,
		String howToJoin, String speakers, String partners, String recordingLink, Integer capacity, int revision,
		Instant createdAt) {

	public String title(Locale locale) {
		return Languages.pick(locale, this.titleEn, this.titleFr);
	}

	public String description(Locale locale) {
		return Languages.pick(locale, this.descriptionEn, this.descriptionFr);
	}

	public Optional<ZonedDateTime> start() {
		return Optional.ofNullable(this.startsAt).map((instant) -> instant.atZone(this.zone));
	}

	public Optional<Instant> endsAt() {
		return Optional.ofNullable(this.startsAt)
			.map((instant) -> instant.plus(Duration.ofMinutes(this.durationMinutes)));
	}

	/**
	 * Whether the event is still ahead: not held, and not yet over (a postponed event
	 * without a date is ahead).
	 */
	public boolean isAhead(Instant now) {
		return this.status != EventStatus.HELD && endsAt().map(now::isBefore).orElse(true);
	}

}
