package org.satellite.checking;

/**
 * How well an FTIR spectrum matched its library entry.
 */
public enum MatchQuality {

	MATCH, UNCERTAIN, NO_LIBRARY_MATCH

}
