package org.satellite.hub.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.EventDetails;
import org.satellite.hub.internal.EventStatus;
import org.satellite.platform.Refusal;

/**
 * The editor's event form as typed: every field a string, so that what was typed comes
 * back when it is refused.
 */
record EventForm(String number, String titleEn, String titleFr, String descriptionEn, String descriptionFr, String date,
		String time, String zone, String duration, String status, String interpretation, String howToJoin,
		String speakers, String partners, String recordingLink, String capacity) {

	static final String DEFAULT_ZONE = "America/Toronto";

	static EventForm blank(int nextNumber) {
		return new EventForm(String.valueOf(nextNumber), "", "", "", "", "", "", DEFAULT_ZONE, "90",
				EventStatus.SCHEDULED.name(), "on", "", "", "", "", "");
	}

	static EventForm of(Event event) {
		var start = event.start();
		return new EventForm(String.valueOf(event.number()), event.titleEn(), event.titleFr(), event.descriptionEn(),
				event.descriptionFr(), start.map((s) -> s.toLocalDate().toString()).orElse(""),
				start.map((s) -> s.toLocalTime().toString()).orElse(""), event.zone().getId(),
				String.valueOf(event.durationMinutes()), event.status().name(), event.interpretation() ? "on" : "",
				event.howToJoin(), event.speakers(), event.partners(),
				(event.recordingLink() != null) ? event.recordingLink() : "",
				(event.capacity() != null) ? event.capacity().toString() : "");
	}

	int parsedNumber() {
		return whole(this.number, "hub.error.badNumber");
	}

	EventDetails details() {
		LocalDateTime start = null;
		boolean hasDate = this.date != null && !this.date.isBlank();
		boolean hasTime = this.time != null && !this.time.isBlank();
		if (hasDate || hasTime) {
			if (!hasDate || !hasTime) {
				throw new Refusal("hub.error.dateAndTime");
			}
			try {
				start = LocalDate.parse(this.date.strip()).atTime(LocalTime.parse(this.time.strip()));
			}
			catch (DateTimeParseException ex) {
				throw new Refusal("hub.error.badDate");
			}
		}
		EventStatus chosen;
		try {
			chosen = EventStatus.valueOf((this.status == null) ? "" : this.status);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("hub.error.statusRequired");
		}
		Integer limit = (this.capacity == null || this.capacity.isBlank()) ? null
				: whole(this.capacity, "hub.error.badCapacity");
		return new EventDetails(this.titleEn, this.titleFr, this.descriptionEn, this.descriptionFr, start, this.zone,
				whole(this.duration, "hub.error.badDuration"), chosen,
				this.interpretation != null && !this.interpretation.isBlank(), this.howToJoin, this.speakers,
				this.partners, this.recordingLink, limit);
	}

	private static int whole(String value, String problem) {
		try {
			return Integer.parseInt((value == null) ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(problem);
		}
	}

}
