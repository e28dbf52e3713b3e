package org.satellite.alerts.internal;

/**
 * A first alert, an update of an earlier one, or the cancellation of an earlier one
 * (CAP's Alert, Update, Cancel).
 */
public enum AlertKind {

	ALERT, UPDATE, CANCEL

}
