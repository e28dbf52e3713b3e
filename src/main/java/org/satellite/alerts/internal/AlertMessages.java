package org.satellite.alerts.internal;

import java.util.Locale;

import org.satellite.platform.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The fixed words of alerts and subscriptions (how to stop, confirmations, replies to
 * keywords) in a language.
 */
@Component
public class AlertMessages {

	private final MessageSource messages;

	AlertMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, Languages.closestTo(locale));
	}

	/** An alert's SMS as sent: its words and how to stop. */
	public String sms(String text, Locale locale) {
		return text.strip() + " " + get("alerts.sms.howToStop", locale);
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
