package org.satellite.checking;

/**
 * The class of a substance, as drug checking services report them. The vocabulary gives
 * each substance its class; every module uses this one classification (decision 0076):
 * the figures, the results, the alerts and what subscribers choose. Labels in English and
 * French are the {@code checking.class.*} messages.
 *
 * <p>
 * Mapping a name never moves a substance from one class to another: that would silently
 * change every figure published for both classes.
 */
public enum SubstanceClass {

	OPIOID, STIMULANT, BENZODIAZEPINE, OTHER_DEPRESSANT, PSYCHEDELIC, DISSOCIATIVE, CANNABINOID, CUT, OTHER

}
