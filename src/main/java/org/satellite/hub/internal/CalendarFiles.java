package org.satellite.hub.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;

import org.satellite.platform.NotFound;

/**
 * An event as an iCalendar file (RFC 5545), written by ical4j. Times are in UTC, which
 * every calendar shows in its owner's own zone; the event's planned zone is named in the
 * description. The UID stays the same for an event and the SEQUENCE follows its revision,
 * so a calendar that imports the file again updates the entry it has. There is no iTIP
 * METHOD: the file is for importing, not a meeting invitation that would need an
 * organiser to reply to.
 */
public final class CalendarFiles {

	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private CalendarFiles() {
	}

	/**
	 * The calendar file of an event.
	 * @param withJoin whether to include how to join, which only registered people may
	 * read
	 * @throws NotFound when the event has no date yet, so no calendar entry can be made
	 */
	public static byte[] of(Event event, Locale reader, String eventUrl, String host, boolean withJoin) {
		Instant start = event.startsAt();
		if (start == null) {
			throw new NotFound("hub.error.noDateYet", event.number());
		}
		StringBuilder description = new StringBuilder(event.description(reader));
		description.append("\n\n").append(EventTimes.when(event, reader));
		if (withJoin && !event.howToJoin().isBlank()) {
			description.append("\n\n").append(event.howToJoin());
		}
		description.append("\n\n").append(eventUrl);
		VEvent entry = new VEvent(start, event.endsAt().orElseThrow(), event.title(reader));
		entry.add(new Uid("hub-event-" + event.number() + "@" + host));
		entry.add(new Sequence(event.revision()));
		entry.add(new Description(description.toString().strip()));
		entry.add(new Url(URI.create(eventUrl)));
		entry.add(switch (event.status()) {
			case CANCELLED -> new Status(Status.VALUE_CANCELLED);
			case POSTPONED -> new Status(Status.VALUE_TENTATIVE);
			default -> new Status(Status.VALUE_CONFIRMED);
		});
		Calendar calendar = new Calendar().withProdId("-//Satellite//Knowledge hub//EN")
			.withDefaults()
			.withComponent(entry)
			.getFluentTarget();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("The calendar file of event " + event.number() + " is not valid", ex);
		}
		return out.toByteArray();
	}

}
