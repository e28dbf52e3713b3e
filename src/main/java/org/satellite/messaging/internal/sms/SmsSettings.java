package org.satellite.messaging.internal.sms;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How Satellite reaches its SMS centre ({@code satellite.sms.*}). Credentials come from
 * the environment ({@code SATELLITE_SMS_PASSWORD}), never from the repository. Without a
 * host no SMS leaves: they stay queued.
 *
 * @param host the SMS centre's host; empty when none is configured
 * @param port its SMPP port
 * @param systemId the account at the SMS centre
 * @param password its password
 * @param sourceAddress the program's number or short code, which replies come back to
 * @param window how many submit_sm may wait for their response at once, per node
 * @param rate how many submit_sm a second at most for the whole deployment, every node
 * together (the contract with the SMS centre; decision 0065)
 * @param batchSize the most messages one worker claims at a time (never more than a
 * second's worth of {@code rate})
 * @param lease how long a claim lasts unless its worker renews it; a live worker renews
 * it every quarter of it, so a dead node's messages are taken over within about this long
 * (decision 0066)
 * @param maxAttempts how many times a message is tried before it is reported failed
 * @param retryDelay the first wait before a message is tried again; it doubles with each
 * attempt
 * @param reconnectDelay the first wait before connecting again after a failure; it
 * doubles up to {@code reconnectMaxDelay}
 * @param enquireLink how often the bind is checked to be alive
 * @param pollInterval how often workers look for messages due
 * @param throttlePause how long the whole deployment stops sending when the SMS centre
 * answers "throttled" or "queue full"
 * @param responseTimeout how long a submit_sm waits for its answer; past it the answer is
 * lost and the connection is replaced
 * @param barredStatuses the SMS centre's own command statuses meaning "this number is
 * barred" (SMPP 3.4 has none; vendors use 0x400-0x4FF)
 * @param unknownSubscriberStatuses the SMS centre's own command statuses meaning "nobody
 * has this number"
 * @param inboundAtOnce how many inbound messages a node handles at once; more are
 * answered "throttled" and counted
 */
@ConfigurationProperties("satellite.sms")
public record SmsSettings(String host, @DefaultValue("2775") int port, @DefaultValue("satellite") String systemId,
		String password, @DefaultValue("SATELLITE") String sourceAddress, @DefaultValue("10") int window,
		@DefaultValue("50") int rate, @DefaultValue("200") int batchSize, @DefaultValue("6s") Duration lease,
		@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("2s") Duration reconnectDelay, @DefaultValue("5m") Duration reconnectMaxDelay,
		@DefaultValue("30s") Duration enquireLink, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("100ms") Duration throttlePause, @DefaultValue("5s") Duration responseTimeout,
		List<Integer> barredStatuses, List<Integer> unknownSubscriberStatuses, @DefaultValue("20") int inboundAtOnce) {

	public SmsSettings {
		barredStatuses = (barredStatuses != null) ? List.copyOf(barredStatuses) : List.of();
		unknownSubscriberStatuses = (unknownSubscriberStatuses != null) ? List.copyOf(unknownSubscriberStatuses)
				: List.of();
	}

	public boolean configured() {
		return StringUtils.hasText(this.host);
	}

	/**
	 * How many messages a worker claims at once: a batch, but never more than a second of
	 * the contract's rate.
	 */
	public int claimSize() {
		return Math.max(1, Math.min(this.batchSize, Math.max(this.window, this.rate)));
	}

	/**
	 * These settings with another window, rate, batch size and poll interval: for a
	 * second worker in a test.
	 */
	public SmsSettings with(int window, int rate, int batchSize, Duration pollInterval) {
		return new SmsSettings(this.host, this.port, this.systemId, this.password, this.sourceAddress, window, rate,
				batchSize, this.lease, this.maxAttempts, this.retryDelay, this.reconnectDelay, this.reconnectMaxDelay,
				this.enquireLink, pollInterval, this.throttlePause, this.responseTimeout, this.barredStatuses,
				this.unknownSubscriberStatuses, this.inboundAtOnce);
	}

	/** These settings with another lease. */
	public SmsSettings withLease(Duration lease) {
		return new SmsSettings(this.host, this.port, this.systemId, this.password, this.sourceAddress, this.window,
				this.rate, this.batchSize, lease, this.maxAttempts, this.retryDelay, this.reconnectDelay,
				this.reconnectMaxDelay, this.enquireLink, this.pollInterval, this.throttlePause, this.responseTimeout,
				this.barredStatuses, this.unknownSubscriberStatuses, this.inboundAtOnce);
	}

}
