package org.satellite.hub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.satellite.hub.internal.CalendarFiles;
import org.satellite.hub.internal.DatePrecision;
import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.EventStatus;
import org.satellite.hub.internal.EventTimes;
import org.satellite.platform.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An event's calendar file is valid iCalendar that a calendar program reads back with the
 * right time, title and words, and the event's time reads naturally in English and in
 * French.
 */
class CalendarFilesTests {

	static final Instant START = ZonedDateTime.of(2030, 3, 12, 13, 0, 0, 0, ZoneId.of("America/Toronto")).toInstant();

	static Event event(Instant start, EventStatus status) {
		return new Event(12, "Drug checking together", "L’analyse de drogues ensemble", "About checking.",
				"Sur l’analyse.", start, ZoneId.of("America/Toronto"), 90, status, true, "Dial 555-0100", "", "", null,
				null, 2, Instant.parse("2030-01-01T00:00:00Z"));
	}

	@Test
	void writesAValidCalendarFileWithTheEventInUtcAndItsTitleInTheReadersLanguage() {
		byte[] file = CalendarFiles.of(event(START, EventStatus.SCHEDULED), Locale.FRENCH,
				"https://hub.example/hub/events/12", "hub.example", false);

		VEvent entry = Mailbox.onlyEvent(Mailbox.parse(file));
		assertThat(Mailbox.property(entry, "DTSTART")).isEqualTo("20300312T170000Z");
		assertThat(Mailbox.property(entry, "DTEND")).isEqualTo("20300312T183000Z");
		assertThat(Mailbox.property(entry, "SUMMARY")).isEqualTo("L’analyse de drogues ensemble");
		assertThat(Mailbox.property(entry, "UID")).isEqualTo("hub-event-12@hub.example");
		assertThat(Mailbox.property(entry, "SEQUENCE")).isEqualTo("2");
		assertThat(Mailbox.property(entry, "DESCRIPTION")).contains("Sur l’analyse.", "heure");
	}

	@Test
	void tellsHowToJoinOnlyInTheFileForRegisteredPeople() {
		String open = new String(
				CalendarFiles.of(event(START, EventStatus.SCHEDULED), Locale.ENGLISH, "https://h/e", "h", false),
				StandardCharsets.UTF_8);
		String registered = new String(
				CalendarFiles.of(event(START, EventStatus.SCHEDULED), Locale.ENGLISH, "https://h/e", "h", true),
				StandardCharsets.UTF_8);

		assertThat(open).doesNotContain("555-0100");
		assertThat(registered).contains("555-0100");
	}

	@Test
	void hasNoFileForAnEventWithoutADate() {
		assertThatThrownBy(
				() -> CalendarFiles.of(event(null, EventStatus.POSTPONED), Locale.ENGLISH, "https://h/e", "h", false))
			.isInstanceOf(NotFound.class)
			.extracting((refusal) -> ((NotFound) refusal).messageCode())
			.isEqualTo("hub.error.noDateYet");
	}

	@Test
	void writesTheTimeInTheEventsZoneTheWayEachLanguageDoes() {
		Event event = event(START, EventStatus.SCHEDULED);

		assertThat(EventTimes.when(event, Locale.ENGLISH)).contains("Tuesday", "March 12, 2030", "1:00", "Eastern");
		assertThat(EventTimes.when(event, Locale.FRENCH)).contains("mardi 12 mars 2030", "13:00", "heure");
	}

	@Test
	void writesAPublicationDateToThePrecisionKnown() {
		assertThat(EventTimes.published(LocalDate.of(2021, 1, 1), DatePrecision.MONTH, Locale.ENGLISH))
			.isEqualTo("January 2021");
		assertThat(EventTimes.published(LocalDate.of(2021, 1, 1), DatePrecision.MONTH, Locale.FRENCH))
			.isEqualTo("janvier 2021");
		assertThat(EventTimes.published(LocalDate.of(2020, 5, 7), DatePrecision.DAY, Locale.ENGLISH))
			.isEqualTo("May 7, 2020");
		assertThat(EventTimes.published(LocalDate.of(2020, 5, 7), DatePrecision.DAY, Locale.FRENCH))
			.isEqualTo("7 mai 2020");
	}

}
