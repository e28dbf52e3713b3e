package org.satellite.messaging;

import java.time.Instant;

/**
 * The connection to the SMS centre as staff should see it on a delivery page.
 *
 * @param configured whether an SMS centre is configured at all (a demo may have none: SMS
 * then stay queued)
 * @param connected whether a transceiver bind is up now
 * @param failedAttempts connection attempts that failed since the last good bind
 * @param lastError why it is not connected, as a {@link SmsProblem} name (and SMPP
 * status); never an exception's text
 * @param nextAttemptAt when the next attempt is due, while not connected
 */
public record SmsGatewayStatus(boolean configured, boolean connected, int failedAttempts, String lastError,
		Instant nextAttemptAt) {
}
