package org.satellite.alerts.internal;

/**
 * Where an alert is in its life: draft, approved, issued, then updated (replaced by a
 * newer alert), cancelled, or expired when its time passed.
 */
public enum AlertStatus {

	DRAFT, APPROVED, ISSUED, UPDATED, CANCELLED, EXPIRED;

	/** Whether the public sees it. */
	public boolean published() {
		return this != DRAFT && this != APPROVED;
	}

}
