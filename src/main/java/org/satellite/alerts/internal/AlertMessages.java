package org.satellite.alerts.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The fixed words of alerts and subscriptions (how to stop, confirmations, replies to
 * keywords) in a language, and how a message that changes an earlier alert says so.
 *
 * <p>
 * An update says it is one in its first words on every channel ("Update:", "Mise à jour
 * :") and says what changed. The words are added when the message is written, not stored
 * in the update's text, so that a coordinator editing the draft cannot drop them
 * (decision 0092). A cancellation's words are stored with it, as they always were.
 */
@Component
public class AlertMessages {

	/**
	 * How people write a moment in each language, with the zone's short name: the
	 * patterns stay in code because a French one needs the quotes that the messages files
	 * keep for apostrophes.
	 */
	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z",
			Languages.ENGLISH);

	private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH 'h' mm z",
			Languages.FRENCH);

	private final MessageSource messages;

	private final ProgramTime time;

	AlertMessages(MessageSource messages, ProgramTime time) {
		this.messages = messages;
		this.time = time;
	}

	public String get(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, Languages.closestTo(locale));
	}

	/** An alert's SMS as sent: its words and how to stop. */
	public String sms(String text, Locale locale) {
		return text.strip() + " " + get("alerts.sms.howToStop", locale);
	}

	/**
	 * The SMS of an alert of a kind as sent: an update's starts with the word for update.
	 */
	public String sms(AlertKind kind, String text, Locale locale) {
		String words = (kind == AlertKind.UPDATE) ? get("alerts.update.sms", locale, text.strip()) : text;
		return sms(words, locale);
	}

	/** An alert's SMS as its subscribers receive it. */
	public String sms(Alert alert, Locale locale) {
		return sms(alert.kind(), alert.text().sms(locale), locale);
	}

	/**
	 * An alert's headline as every channel says it: an update's starts with the word for
	 * update; a cancellation's already starts with the word for cancelled.
	 */
	public String headline(Alert alert, Locale locale) {
		String headline = alert.text().headline(locale);
		return (alert.kind() == AlertKind.UPDATE) ? get("alerts.update.headline", locale, headline) : headline;
	}

	/**
	 * What an update changes in the alert it replaces, as a sentence ("What changed: the
	 * level is now Urgent, valid until …."); empty for anything but an update.
	 */
	public String changes(Alert update, Alert original, Locale locale) {
		if (update.kind() != AlertKind.UPDATE || original == null) {
			return "";
		}
		List<String> changed = new ArrayList<>();
		if (update.severity() != original.severity()) {
			changed
				.add(get("alerts.update.severity", locale, get("alerts.severity." + update.severity().name(), locale)));
		}
		if (!update.zones().equals(original.zones())) {
			changed.add(get("alerts.update.zones", locale));
		}
		if (!update.substances().equals(original.substances())
				|| !Objects.equals(update.description(), original.description())) {
			changed.add(get("alerts.update.what", locale));
		}
		AlertText before = original.text();
		AlertText after = update.text();
		if (!after.headline(locale).equals(before.headline(locale)) || !after.body(locale).equals(before.body(locale))
				|| !after.instruction(locale).equals(before.instruction(locale))) {
			changed.add(get("alerts.update.words", locale));
		}
		if (!update.expiresAt().equals(original.expiresAt())) {
			changed.add(get("alerts.update.expires", locale, when(update.expiresAt(), locale)));
		}
		return get("alerts.update.changes", locale,
				changed.isEmpty() ? get("alerts.update.noChange", locale) : String.join(", ", changed));
	}

	/**
	 * The sentence that links a message to the alert it changes ("This changes the alert
	 * sent on …: link"); empty for a new alert.
	 */
	public String changesAlert(Alert alert, Alert original, String link, Locale locale) {
		if (original == null || alert.kind() == AlertKind.ALERT) {
			return "";
		}
		Instant sent = (original.issuedAt() != null) ? original.issuedAt() : original.createdAt();
		String code = (alert.kind() == AlertKind.CANCEL) ? "alerts.cancelled.changesAlert"
				: "alerts.update.changesAlert";
		return get(code, locale, when(sent, locale), link);
	}

	/**
	 * A moment as people read it in a language, in the program's time zone ("June 15,
	 * 2026, 2:00 PM EDT", "15 juin 2026 à 14 h 00 HAE").
	 */
	public String when(Instant instant, Locale locale) {
		DateTimeFormatter format = Languages.FRENCH.equals(Languages.closestTo(locale)) ? FRENCH_TIME : ENGLISH_TIME;
		return format.format(instant.atZone(this.time.zone()));
	}

	public AlertText cancellation(AlertText original, String reasonEn, String reasonFr) {
		String headlineEn = get("alerts.cancelled.headline", Languages.ENGLISH, original.headlineEn());
		String headlineFr = get("alerts.cancelled.headline", Languages.FRENCH, original.headlineFr());
		return new AlertText(headlineEn, headlineFr, reasonEn, reasonFr, original.instructionEn(),
				original.instructionFr(),
				get("alerts.cancelled.sms", Languages.ENGLISH, original.headlineEn(), reasonEn),
				get("alerts.cancelled.sms", Languages.FRENCH, original.headlineFr(), reasonFr));
	}

}
