package org.satellite.messaging.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the email outbox is worked. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} emails stay queued and the log
 * says why.
 *
 * @param from the sender address of every email
 * @param pollInterval how often the outbox is looked at
 * @param batchSize how many emails one pass claims
 * @param firstRetry the wait after the first failed attempt; it doubles after each
 * further failure
 * @param longestRetry the longest wait between two attempts
 * @param maxAttempts after this many failed attempts the email is marked failed and no
 * longer tried
 */
@ConfigurationProperties("satellite.mail")
record MailSettings(@DefaultValue("satellite@localhost") String from, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("1m") Duration firstRetry,
		@DefaultValue("1h") Duration longestRetry, @DefaultValue("10") int maxAttempts) {

	Duration waitAfter(int failedAttempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

}
