package org.satellite.hub.web;

import java.time.Instant;
import java.util.Locale;

import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.EventStatus;
import org.satellite.hub.internal.EventTimes;

/**
 * An event as a reader sees it, in their language. How to join is not here: only
 * registered people read it.
 *
 * @param when the start in the event's zone, written the reader's way; empty without a
 * date
 * @param open whether it takes registrations now
 */
record EventCard(int number, String title, String description, String when, EventStatus status, boolean interpretation,
		String speakers, String partners, String recordingLink, boolean open, boolean hasDate) {

	static EventCard of(Event event, Locale reader, Instant now) {
		boolean open = event.status() == EventStatus.SCHEDULED && event.startsAt() != null
				&& event.startsAt().isAfter(now);
		return new EventCard(event.number(), event.title(reader), event.description(reader),
				EventTimes.when(event, reader), event.status(), event.interpretation(), event.speakers(),
				event.partners(), event.recordingLink(), open, event.startsAt() != null);
	}

	public String statusKey() {
		return "hub.status." + this.status.name();
	}

}
