package org.satellite.hub.internal;

import java.time.LocalDateTime;

/**
 * What an editor writes about an event.
 *
 * @param start the local date and time in {@code zone}; may be empty only for a postponed
 * or cancelled event
 * @param zone a time-zone id such as {@code America/Toronto}
 * @param capacity how many may register, or {@code null} for no limit
 */
public record EventDetails(String titleEn, String titleFr, String descriptionEn, String descriptionFr,
		LocalDateTime start, String zone, int durationMinutes, EventStatus status, boolean interpretation,
		String howToJoin, String speakers, String partners, String recordingLink, Integer capacity) {

}
