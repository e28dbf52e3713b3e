package org.satellite.hub;

import java.time.Instant;

/**
 * An event's date or status changed in a way registered people must hear about: moved,
 * postponed or cancelled.
 *
 * @param previousStart when it was to start before the change; may be empty
 */
public record EventChanged(int number, int revision, Instant previousStart) {

}
