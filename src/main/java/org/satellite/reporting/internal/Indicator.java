package org.satellite.reporting.internal;

import java.util.Locale;

import org.satellite.platform.Languages;

/**
 * One indicator of the catalogue, defined once for every page and export.
 *
 * @param code a stable code, such as {@code NEEDLES_DISTRIBUTED}; ADX mappings and CSV
 * columns use it
 * @param nameEn the name in English
 * @param nameFr the name in French
 * @param definitionEn what is counted, in words a funder can read, in English
 * @param definitionFr the same in French
 * @param unit what the value is
 * @param module the module the figures come from
 * @param external whether the figure may leave the program (public pages, exports marked
 * external); figures that leave always go through the disclosure policy
 */
public record Indicator(String code, String nameEn, String nameFr, String definitionEn, String definitionFr,
		IndicatorUnit unit, String module, boolean external) {

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

	public String definition(Locale locale) {
		return Languages.pick(locale, this.definitionEn, this.definitionFr);
	}

}
