package org.satellite.supplies.internal;

/**
 * The families of supplies a program hands out.
 */
public enum ItemCategory {

	INJECTION, INHALATION, NALOXONE, TESTING, SAFER_SEX, DISPOSAL

}
