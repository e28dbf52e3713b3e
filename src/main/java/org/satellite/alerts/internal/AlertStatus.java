package org.satellite.alerts.internal;

/**
 * Where an alert is in its life: draft, approved, issued, then updated (replaced by a
 * newer alert), cancelled, or expired when its time passed. A draft Satellite suggested
 * may instead be dismissed by a coordinator (or merged into another), and is never
 * published.
 */
public enum AlertStatus {

	DRAFT, APPROVED, ISSUED, UPDATED, CANCELLED, EXPIRED, DISMISSED;

	/** Whether the public sees it. */
	public boolean published() {
		return this != DRAFT && this != APPROVED && this != DISMISSED;
	}

}
