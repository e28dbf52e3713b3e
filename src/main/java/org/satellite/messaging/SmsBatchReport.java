package org.satellite.messaging;

import java.util.List;
import java.util.Map;

/**
 * What became of the SMS of one batch (one alert), beyond the counts by state: how the
 * finished ones ended, how often the SMS centre asked to slow down, and the times the SMS
 * centre could not be reached while they went out.
 *
 * @param progress the counts by state; {@code sent} are accepted by the SMS centre with
 * no receipt yet
 * @param outcomes how many ended each way (receipts and refusals), only the ways that
 * happened
 * @param throttled how many times the SMS centre asked to slow down while sending them
 * (none of them failed for it)
 * @param outages the times the SMS centre could not be reached between the first message
 * queued and the last one done, oldest first
 */
public record SmsBatchReport(DeliveryProgress progress, Map<SmsOutcome, Long> outcomes, long throttled,
		List<SmsOutage> outages) {

	public long count(SmsOutcome outcome) {
		return this.outcomes.getOrDefault(outcome, 0L);
	}

}
