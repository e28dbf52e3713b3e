package org.satellite.hub;

/**
 * Where an event of the series stands. Only a scheduled event takes registrations.
 */
public enum EventStatus {

	SCHEDULED, POSTPONED, CANCELLED, HELD

}
