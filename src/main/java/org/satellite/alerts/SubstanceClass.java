package org.satellite.alerts;

/**
 * The classes of substances subscribers can choose between (decision 0032). An alert with no class reaches every
 * subscriber of its zones, whatever classes they chose.
 */
public enum SubstanceClass {

	OPIOID, STIMULANT, BENZODIAZEPINE, OTHER_DEPRESSANT, PSYCHEDELIC, DISSOCIATIVE, CANNABINOID, CUT_OR_DILUENT, OTHER

}
