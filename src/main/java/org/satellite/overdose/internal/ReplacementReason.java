package org.satellite.overdose.internal;

/**
 * Why a naloxone kit was handed out to replace an earlier one, as take-home naloxone
 * programs record it.
 */
public enum ReplacementReason {

	USED, LOST, STOLEN, CONFISCATED, EXPIRED

}
