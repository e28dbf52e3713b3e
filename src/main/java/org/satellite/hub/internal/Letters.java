package org.satellite.hub.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.messaging.Email;
import org.satellite.platform.PublicLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails the hub writes to a registered person, in the language they registered in:
 * the confirmation with the calendar file, the day-before reminder, and word of a change
 * of date or status. Each says how to join (only registered people read it), how the
 * address is kept, and how to stop in one click.
 */
@Component
public class Letters {

	private final MessageSource messages;

	private final PublicLinks address;

	Letters(MessageSource messages, PublicLinks address) {
		this.messages = messages;
		this.address = address;
	}

	public Email confirmation(Event event, String to, Locale language, String unsubscribeToken) {
		List<String> lines = new ArrayList<>();
		lines.add(say("hub.mail.confirm.intro", language, event.title(language)));
		lines.addAll(facts(event, language));
		lines.add(say("hub.mail.calendarAttached", language));
		return letter(event, to, language, unsubscribeToken,
				say("hub.mail.confirm.subject", language, event.title(language)), lines, true);
	}

	public Email reminder(Event event, String to, Locale language, String unsubscribeToken) {
		List<String> lines = new ArrayList<>();
		lines.add(say("hub.mail.reminder.intro", language, event.title(language)));
		lines.addAll(facts(event, language));
		return letter(event, to, language, unsubscribeToken,
				say("hub.mail.reminder.subject", language, event.title(language)), lines, true);
	}

	public Email change(Event event, Instant previousStart, String to, Locale language, String unsubscribeToken) {
		List<String> lines = new ArrayList<>();
		String subject;
		if (event.status() == EventStatus.CANCELLED) {
			subject = say("hub.mail.cancelled.subject", language, event.title(language));
			lines.add(say("hub.mail.cancelled.intro", language, event.title(language)));
		}
		else if (event.status() == EventStatus.POSTPONED) {
			subject = say("hub.mail.postponed.subject", language, event.title(language));
			lines.add(say("hub.mail.postponed.intro", language, event.title(language)));
		}
		else {
			subject = say("hub.mail.moved.subject", language, event.title(language));
			lines.add(say("hub.mail.moved.intro", language, event.title(language)));
		}
		// The text starts with the subject's words, so that it reads as a change.
		lines.add(0, subject);
		if (previousStart != null) {
			Event before = new Event(event.number(), event.titleEn(), event.titleFr(), "", "", previousStart,
					event.zone(), event.durationMinutes(), event.status(), false, "", "", "", null, null, 0,
					event.createdAt());
			lines.add(say("hub.mail.wasOn", language, EventTimes.when(before, language)));
		}
		lines.addAll(facts(event, language));
		boolean calendar = event.startsAt() != null && event.status() == EventStatus.SCHEDULED;
		if (calendar) {
			lines.add(say("hub.mail.calendarAttached", language));
		}
		return letter(event, to, language, unsubscribeToken, subject, lines, calendar);
	}

	public String unsubscribeUrl(String token) {
		return this.address.to("/hub/unsubscribe/" + token);
	}

	private List<String> facts(Event event, Locale language) {
		List<String> lines = new ArrayList<>();
		String when = EventTimes.when(event, language);
		lines.add(say("hub.mail.when", language, when.isEmpty() ? say("hub.event.dateToCome", language) : when));
		if (event.interpretation()) {
			lines.add(say("hub.event.interpretation", language));
		}
		if (!event.howToJoin().isBlank() && event.status() == EventStatus.SCHEDULED) {
			lines.add(say("hub.mail.howToJoin", language, event.howToJoin()));
		}
		return lines;
	}

	private Email letter(Event event, String to, Locale language, String token, String subject, List<String> lines,
			boolean calendar) {
		String eventUrl = this.address.to("/hub/events/" + event.number());
		String unsubscribe = unsubscribeUrl(token);
		StringBuilder text = new StringBuilder();
		lines.forEach((line) -> text.append(line).append("\n\n"));
		text.append(say("hub.mail.eventPage", language, eventUrl)).append("\n\n");
		text.append(say("hub.mail.privacy", language)).append("\n");
		text.append(say("hub.mail.stop", language, unsubscribe)).append("\n");
		Email email = Email.of(to, subject, text.toString()).withUnsubscribeUrl(unsubscribe);
		if (calendar) {
			email = email
				.withAttachment(new Email.Attachment("event-" + event.number() + ".ics", CalendarFiles.CONTENT_TYPE,
						CalendarFiles.of(event, language, eventUrl, this.address.host(), true)));
		}
		return email;
	}

	private String say(String code, Locale language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language);
	}

}
