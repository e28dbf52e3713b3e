package org.satellite.overdose.internal;

/**
 * Why 911 was not called.
 */
public enum NoCallReason {

	PERSON_RECOVERED, FEAR_OF_POLICE, NO_PHONE, OTHER

}
