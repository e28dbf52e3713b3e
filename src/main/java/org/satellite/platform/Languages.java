package org.satellite.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages Satellite speaks. Every word a user reads exists in each of them.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale FRENCH = Locale.FRENCH;

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

	private Languages() {
	}

	/**
	 * The supported language closest to the one asked for, English when none matches.
	 */
	public static Locale closestTo(Locale requested) {
		if (requested != null && FRENCH.getLanguage().equals(requested.getLanguage())) {
			return FRENCH;
		}
		return ENGLISH;
	}

	/**
	 * Picks the text in the given language from an English/French pair.
	 */
	public static String pick(Locale locale, String english, String french) {
		return FRENCH.equals(closestTo(locale)) ? french : english;
	}

}
