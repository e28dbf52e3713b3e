package org.satellite.hub.internal;

/**
 * Where an event of the series stands. Only a scheduled event takes registrations.
 */
public enum EventStatus {

	SCHEDULED, POSTPONED, CANCELLED, HELD

}
