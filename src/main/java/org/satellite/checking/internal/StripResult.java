package org.satellite.checking.internal;

/**
 * What a strip showed. A strip not used has no result at all.
 */
public enum StripResult {

	POSITIVE, NEGATIVE, INVALID

}
