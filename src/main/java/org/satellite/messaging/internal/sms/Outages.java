package org.satellite.messaging.internal.sms;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's current outage, if any, kept in {@link GatewayOutages}: opened at the first
 * failure, updated with the latest problem, closed when the node is bound again. A
 * database that cannot be written only costs the record.
 */
final class Outages {

	private static final Logger log = LoggerFactory.getLogger(Outages.class);

	private final GatewayOutages rows;

	private final String node;

	private final Clock clock;

	private Long open;

	private String problem;

	Outages(GatewayOutages rows, String node, Clock clock) {
		this.rows = rows;
		this.node = node;
		this.clock = clock;
	}

	synchronized void down(String problem) {
		if (this.rows == null) {
			return;
		}
		try {
			if (this.open == null) {
				this.open = this.rows.began(this.node, problem, this.clock.instant());
			}
			else if (!problem.equals(this.problem)) {
				this.rows.stillDown(this.open, problem);
			}
			this.problem = problem;
		}
		catch (RuntimeException ex) {
			log.warn("Could not record that the SMS centre cannot be reached: {}", ex.getClass().getSimpleName());
		}
	}

	synchronized void ended() {
		if (this.rows == null || this.open == null) {
			return;
		}
		try {
			this.rows.ended(this.open, this.clock.instant());
			this.open = null;
			this.problem = null;
		}
		catch (RuntimeException ex) {
			log.warn("Could not record that the SMS centre is reachable again: {}", ex.getClass().getSimpleName());
		}
	}

}
