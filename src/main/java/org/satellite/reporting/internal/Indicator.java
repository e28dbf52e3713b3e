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
 * @param finest the smallest place the indicator is kept for: {@code SITE} (and so zone
 * and program), {@code ZONE} (overdose and drug checking figures carry a zone, not a
 * site) or {@code PROGRAM} (alerts, which name several zones)
 */
public record Indicator(String code, String nameEn, String nameFr, String definitionEn, String definitionFr,
		IndicatorUnit unit, String module, boolean external, OrgUnit.Level finest) {

	/** An indicator kept down to each site. */
	public Indicator(String code, String nameEn, String nameFr, String definitionEn, String definitionFr,
			IndicatorUnit unit, String module, boolean external) {
		this(code, nameEn, nameFr, definitionEn, definitionFr, unit, module, external, OrgUnit.Level.SITE);
	}

	/** Whether the indicator is kept for places of this level. */
	public boolean keptFor(OrgUnit.Level level) {
		return level.ordinal() <= this.finest.ordinal();
	}

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

	public String definition(Locale locale) {
		return Languages.pick(locale, this.definitionEn, this.definitionFr);
	}

}
