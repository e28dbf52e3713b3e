package org.satellite.supplies.internal;

/**
 * Why stock changed other than by receiving, moving or handing it out.
 */
public enum AdjustmentReason {

	LOST, EXPIRED, CONFISCATED, DAMAGED, COUNT_CORRECTION, DISPOSED

}
