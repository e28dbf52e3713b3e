package org.satellite.checking.internal;

/**
 * How a sample reached the service. {@code PROXY} is a sample brought by someone else;
 * {@code UNKNOWN} only for imported rows that do not say.
 */
public enum CollectionMode {

	WALK_IN, MAIL_IN, TAKE_HOME, OUTREACH, PROXY, UNKNOWN

}
