package org.satellite.overdose.internal;

/**
 * How an overdose response ended, as far as the responder knows.
 */
public enum ResponseOutcome {

	RECOVERED_ON_SITE, TAKEN_TO_HOSPITAL, DIED, UNKNOWN;

	/**
	 * Whether the person is known to have survived.
	 */
	public boolean survived() {
		return this == RECOVERED_ON_SITE || this == TAKEN_TO_HOSPITAL;
	}

}
