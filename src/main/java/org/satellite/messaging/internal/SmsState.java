package org.satellite.messaging.internal;

/**
 * Where an SMS stands. {@code SENT} means the SMS centre accepted it; {@code DELIVERED}
 * means the centre's delivery receipt said it reached the phone.
 */
public enum SmsState {

	QUEUED, SENDING, SENT, DELIVERED, FAILED, CANCELLED

}
