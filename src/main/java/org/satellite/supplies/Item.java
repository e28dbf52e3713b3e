package org.satellite.supplies;

import java.util.Locale;

import org.satellite.platform.Languages;
import org.satellite.supplies.internal.ItemCategory;

/**
 * Something in the catalogue.
 *
 * @param needles how many needles one unit holds: 1 for a loose needle, the needles
 * inside for a kit, else 0
 * @param tracksLots whether receipts must name a lot and an expiry date (naloxone)
 */
public record Item(String code, String nameEn, String nameFr, String unitEn, String unitFr, ItemCategory category,
		boolean kit, int needles, boolean tracksLots, boolean active, int position) {

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

	public String unit(Locale locale) {
		return Languages.pick(locale, this.unitEn, this.unitFr);
	}

}
