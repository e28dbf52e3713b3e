package org.satellite.messaging;

import java.time.Instant;

/**
 * A time one node could not reach the SMS centre.
 *
 * @param node which node (its worker name, without any address)
 * @param problem why, as a {@link SmsProblem} name
 * @param endedAt when it could again; {@code null} while the outage goes on
 */
public record SmsOutage(String node, String problem, Instant startedAt, Instant endedAt) {
}
