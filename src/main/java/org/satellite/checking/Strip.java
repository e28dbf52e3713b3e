package org.satellite.checking;

/**
 * The test strips a service uses.
 */
public enum Strip {

	FENTANYL, BENZODIAZEPINE, XYLAZINE

}
