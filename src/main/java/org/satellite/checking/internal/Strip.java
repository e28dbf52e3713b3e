package org.satellite.checking.internal;

/**
 * The test strips a service uses.
 */
public enum Strip {

	FENTANYL, BENZODIAZEPINE, XYLAZINE

}
