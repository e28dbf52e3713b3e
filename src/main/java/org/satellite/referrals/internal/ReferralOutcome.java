package org.satellite.referrals.internal;

/**
 * What came of a referral, when the peer worker learns it.
 */
public enum ReferralOutcome {

	WENT, DID_NOT_GO, UNKNOWN

}
