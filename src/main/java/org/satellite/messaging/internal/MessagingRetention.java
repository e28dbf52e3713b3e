package org.satellite.messaging.internal;

import java.time.Period;

import org.satellite.privacy.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outboxes keep once a message is done with (decision 0009): numbers and
 * addresses were erased when it left; its text and delivery record go 90 days after it
 * was queued, and with them the counts on old delivery pages.
 */
@Configuration(proxyBeanMethods = false)
class MessagingRetention {

	/**
	 * SMS sent, delivered, failed or stopped. A message still waiting is never purged.
	 */
	@Bean
	RetentionRule sentSmsRetention(JdbcClient jdbc) {
		return RetentionRule.statement("sms-outbox", Period.ofDays(90), jdbc, """
				DELETE FROM sms_outbox
				WHERE state IN ('SENT', 'DELIVERED', 'FAILED', 'CANCELLED') AND queued_at < :cutoff""");
	}

	/** Emails sent or given up on, with their attachments. */
	@Bean
	RetentionRule sentEmailsRetention(JdbcClient jdbc) {
		return RetentionRule.statement("email-outbox", Period.ofDays(90), jdbc,
				"DELETE FROM email_outbox WHERE state IN ('SENT', 'FAILED') AND queued_at < :cutoff");
	}

}
