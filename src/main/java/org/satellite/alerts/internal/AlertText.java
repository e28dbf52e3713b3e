package org.satellite.alerts.internal;

import java.util.Locale;

import org.satellite.platform.Languages;

/**
 * The words of an alert in English and French. Every part is required in both languages.
 */
public record AlertText(String headlineEn, String headlineFr, String bodyEn, String bodyFr, String instructionEn,
		String instructionFr, String smsEn, String smsFr) {

	public String headline(Locale locale) {
		return Languages.pick(locale, this.headlineEn, this.headlineFr);
	}

	public String body(Locale locale) {
		return Languages.pick(locale, this.bodyEn, this.bodyFr);
	}

	public String instruction(Locale locale) {
		return Languages.pick(locale, this.instructionEn, this.instructionFr);
	}

	public String sms(Locale locale) {
		return Languages.pick(locale, this.smsEn, this.smsFr);
	}

}
