package org.satellite.checking.internal;

/**
 * What an instrument said when it could not name a substance. Kept as a verdict, never
 * counted as a substance.
 */
public enum Verdict {

	UNCERTAIN_MATCH, NO_LIBRARY_MATCH, UNCERTAIN_OIL, UNCERTAIN_CARBOHYDRATE, UNCERTAIN_SALT, NO_SIGNAL, NEGATIVE

}
