package org.satellite.checking;

/**
 * The class of a substance, as drug checking services report them. Mapping a name never moves a substance from one
 * class to another: that would silently change every figure published for both classes.
 */
public enum SubstanceClass {

	OPIOID, STIMULANT, BENZODIAZEPINE, OTHER_DEPRESSANT, PSYCHEDELIC, DISSOCIATIVE, CANNABINOID, CUT, OTHER

}
