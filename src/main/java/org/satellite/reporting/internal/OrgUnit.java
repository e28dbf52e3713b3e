package org.satellite.reporting.internal;

/**
 * A place figures are kept for: the whole program, a zone or a site.
 *
 * @param level which kind of place
 * @param code the zone's or site's code; {@code PROGRAM} for the program
 * @param name its name as staff know it (site and zone names are not translated)
 */
public record OrgUnit(Level level, String code, String name) {

	public static final OrgUnit PROGRAM = new OrgUnit(Level.PROGRAM, "PROGRAM", "Program");

	/** The kinds of places, from the largest. */
	public enum Level {

		PROGRAM, ZONE, SITE

	}

}
