package org.satellite.messaging;

/**
 * How an SMS ended, when it has: what a delivery receipt said, or why the SMS centre or
 * Satellite gave it up. A message that was accepted and never got a receipt has no
 * outcome: it is "sent, not confirmed", never delivered.
 */
public enum SmsOutcome {

	/** A receipt said it reached the phone. */
	DELIVERED,
	/**
	 * A receipt said it expired before the phone could be reached (switched off, out of
	 * range).
	 */
	EXPIRED,
	/** A receipt said the network could not deliver it. */
	UNDELIVERABLE,
	/** A receipt said the network rejected it, or deleted it. */
	REJECTED,
	/** The SMS centre said the number cannot be a destination. */
	INVALID_DESTINATION,
	/** The SMS centre or the network said the number is barred from receiving it. */
	BARRED,
	/** The SMS centre or the network said nobody has this number. */
	UNKNOWN_SUBSCRIBER,
	/**
	 * The SMS centre refused it for good for another reason (its status code is kept as
	 * the last problem).
	 */
	REFUSED,
	/**
	 * Every attempt failed for a reason that might have passed; Satellite stopped trying.
	 */
	GAVE_UP,
	/**
	 * Satellite could not read or encode the message (its sealed number no longer opens,
	 * say).
	 */
	UNREADABLE;

	/** Whether the message reached the phone. */
	public boolean delivered() {
		return this == DELIVERED;
	}

}
