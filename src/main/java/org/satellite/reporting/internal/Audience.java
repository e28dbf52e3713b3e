package org.satellite.reporting.internal;

/**
 * Who figures are for.
 */
public enum Audience {

	/** The program's own staff: every value shown. */
	INTERNAL,
	/**
	 * Anyone outside the program (public pages, funders' exports marked external): only
	 * indicators marked external, through the disclosure policy.
	 */
	EXTERNAL

}
