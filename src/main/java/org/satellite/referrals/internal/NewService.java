package org.satellite.referrals.internal;

import org.satellite.referrals.ReferralKind;

/**
 * A services directory entry as a coordinator writes it. Names are required in both
 * languages; the rest may be blank.
 */
public record NewService(ReferralKind kind, String nameEn, String nameFr, String hoursEn, String hoursFr,
		String directionsEn, String directionsFr, String phone, String languages) {
}
