package org.satellite.messaging.internal.sms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The SMS channel's counters, read by operators at {@code /actuator/prometheus}:
 * {@code satellite_sms_submits_total{outcome=accepted|throttled|refused|no_answer}} for
 * what the SMS centre answered this node's submit_sm, and
 * {@code satellite_sms_inbound_total{outcome=handled|receipt|throttled|failed}} for what
 * this node did with each deliver_sm, "throttled" being those it asked the SMS centre to
 * send again later.
 */
public final class SmsMeters {

	private final MeterRegistry registry;

	public SmsMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	void submitted(String outcome) {
		counter("satellite.sms.submits", outcome).increment();
	}

	void inbound(String outcome) {
		counter("satellite.sms.inbound", outcome).increment();
	}

	/** How many times this node counted an outcome so far. */
	public long count(String name, String outcome) {
		Counter counter = this.registry.find(name).tag("outcome", outcome).counter();
		return (counter != null) ? (long) counter.count() : 0;
	}

	private Counter counter(String name, String outcome) {
		return Counter.builder(name).tag("outcome", outcome).register(this.registry);
	}

}
