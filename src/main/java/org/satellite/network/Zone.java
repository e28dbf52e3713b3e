package org.satellite.network;

import java.util.Locale;

import org.satellite.platform.Languages;

/**
 * A coarse area of the program, the finest place Satellite ever records.
 */
public record Zone(String code, String nameEn, String nameFr) {

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

}
