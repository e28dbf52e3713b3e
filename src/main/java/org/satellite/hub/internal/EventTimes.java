package org.satellite.hub.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.satellite.platform.Languages;

/**
 * Dates and times as a reader of the given language writes them: an event's time in its
 * own time zone, named in the reader's language ("Thursday, March 12, 2026, 1:00 PM
 * Eastern Time" / "jeudi 12 mars 2026, 13 h 00 heure de l’Est"), and a publication date
 * to the precision known.
 */
public final class EventTimes {

	private EventTimes() {
	}

	/** When the event starts, or empty when it has no date. */
	public static String when(Event event, Locale reader) {
		Locale locale = Languages.closestTo(reader);
		return event.start()
			.map((start) -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
				.withLocale(locale)
				.format(start) + " " + zoneName(event.zone(), locale))
			.orElse("");
	}

	public static String zoneName(ZoneId zone, Locale reader) {
		return zone.getDisplayName(TextStyle.FULL, Languages.closestTo(reader));
	}

	public static String published(LocalDate date, DatePrecision precision, Locale reader) {
		if (date == null) {
			return "";
		}
		Locale locale = Languages.closestTo(reader);
		return switch (precision) {
			case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
			case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
			case YEAR -> String.valueOf(date.getYear());
		};
	}

}
