package org.satellite.referrals.internal;

import java.util.Locale;

import org.satellite.platform.Languages;
import org.satellite.referrals.ReferralKind;

/**
 * An entry of the services directory.
 *
 * @param phone the service's own phone number, or null
 * @param languages the languages spoken there, in words ("English, French")
 */
public record DirectoryEntry(long id, ReferralKind kind, String nameEn, String nameFr, String hoursEn, String hoursFr,
		String directionsEn, String directionsFr, String phone, String languages, boolean active) {

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

	public String hours(Locale locale) {
		return Languages.pick(locale, this.hoursEn, this.hoursFr);
	}

	public String directions(Locale locale) {
		return Languages.pick(locale, this.directionsEn, this.directionsFr);
	}

}
