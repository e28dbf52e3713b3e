package org.satellite.referrals;

/**
 * The kinds of service people are referred to.
 */
public enum ReferralKind {

	PRIMARY_CARE, HIV_HCV_TESTING, TREATMENT_OAT, HOUSING, MENTAL_HEALTH, LEGAL, INCOME, DRUG_CHECKING

}
