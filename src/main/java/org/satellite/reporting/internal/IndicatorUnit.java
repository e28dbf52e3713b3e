package org.satellite.reporting.internal;

/**
 * What an indicator's value is.
 */
public enum IndicatorUnit {

	/** A number of things, people or events. */
	COUNT,
	/** One count over another (needles returned per needle given out). */
	RATIO,
	/** A share, 0 to 100. */
	PERCENT,
	/** A duration in minutes (a median time, for example). */
	MINUTES

}
