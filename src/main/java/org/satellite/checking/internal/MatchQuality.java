package org.satellite.checking.internal;

/**
 * How well an FTIR spectrum matched its library entry.
 */
public enum MatchQuality {

	MATCH, UNCERTAIN, NO_LIBRARY_MATCH

}
