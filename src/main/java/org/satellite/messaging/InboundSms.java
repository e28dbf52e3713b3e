package org.satellite.messaging;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An SMS someone sent to the program's number, as the keyword router hands it to a
 * handler.
 *
 * @param from the sender's number in E.164 form; never log it
 * @param keyword the first word, in capitals and without accents ({@code ARRÊT} arrives
 * as {@code ARRET})
 * @param arguments the rest of the message after the keyword, trimmed, possibly empty
 */
public record InboundSms(String from, String keyword, String arguments) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Text as SMS words are compared, keywords and the words after them alike: trimmed,
	 * in capitals and without accents ({@code arrêt} reads {@code ARRET}).
	 */
	public static String plain(String text) {
		return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
			.replaceAll("")
			.toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "InboundSms[" + this.keyword + "]";
	}

}
