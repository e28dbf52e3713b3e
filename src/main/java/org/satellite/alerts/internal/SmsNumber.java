package org.satellite.alerts.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.satellite.platform.Deployment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The number people text to subscribe (JOIN) or report (BAD, OD), as posters and the
 * subscribe page print it ({@code satellite.alerts.sms-number}, by default the program's
 * SMS source address). A sender name such as {@code SATELLITE} cannot be texted, so it is
 * never printed: the pages then leave the SMS way out rather than print something nobody
 * can use. A demo without a number prints 555-0100, a number reserved for fiction.
 */
@Component
public class SmsNumber {

	/** A number a phone can dial: 3 to 15 digits, with an optional + and separators. */
	private static final Pattern TEXTABLE = Pattern.compile("\\+?[0-9][0-9 ().-]{1,22}[0-9]");

	static final String DEMO = "555-0100";

	private final Optional<String> number;

	SmsNumber(@Value("${satellite.alerts.sms-number:}") String configured, Deployment deployment) {
		this.number = of(configured, deployment.demo());
	}

	/** The number to print, when there is one people can text. */
	public Optional<String> printed() {
		return this.number;
	}

	static Optional<String> of(String configured, boolean demo) {
		String number = (configured == null) ? "" : configured.strip();
		long digits = number.chars().filter(Character::isDigit).count();
		if (TEXTABLE.matcher(number).matches() && digits >= 3 && digits <= 15) {
			return Optional.of(number);
		}
		return demo ? Optional.of(DEMO) : Optional.empty();
	}

}
