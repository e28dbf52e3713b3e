package org.satellite.messaging.internal.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How Satellite reaches its SMS centre ({@code satellite.sms.*}). Credentials come from the environment
 * ({@code SATELLITE_SMS_PASSWORD}), never from the repository. Without a host no SMS leaves: they stay queued.
 *
 * @param host the SMS centre's host; empty when none is configured
 * @param port its SMPP port
 * @param systemId the account at the SMS centre
 * @param password its password
 * @param sourceAddress the program's number or short code, which replies come back to
 * @param window how many submit_sm may wait for their response at once
 * @param rate how many submit_sm a second at most (the contract with the SMS centre)
 * @param batchSize how many messages one worker claims at a time
 * @param lease how long a claimed batch stays with a worker before another may take it over
 * @param maxAttempts how many times a message is tried before it is reported failed
 * @param retryDelay the first wait before a message is tried again; it doubles with each attempt
 * @param reconnectDelay the first wait before connecting again after a failure; it doubles up to
 * {@code reconnectMaxDelay}
 * @param enquireLink how often the bind is checked to be alive
 * @param pollInterval how often workers look for messages due
 */
@ConfigurationProperties("satellite.sms")
public record SmsSettings(String host, @DefaultValue("2775") int port, @DefaultValue("satellite") String systemId,
		String password, @DefaultValue("SATELLITE") String sourceAddress, @DefaultValue("10") int window,
		@DefaultValue("50") int rate, @DefaultValue("200") int batchSize, @DefaultValue("2m") Duration lease,
		@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("2s") Duration reconnectDelay, @DefaultValue("5m") Duration reconnectMaxDelay,
		@DefaultValue("30s") Duration enquireLink, @DefaultValue("1s") Duration pollInterval) {

	public boolean configured() {
		return StringUtils.hasText(this.host);
	}

}
