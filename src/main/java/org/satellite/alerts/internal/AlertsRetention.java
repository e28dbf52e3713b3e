package org.satellite.alerts.internal;

import java.time.Period;

import org.satellite.privacy.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the alerts module keeps for a limited time (decision 0009). Alerts themselves name
 * nobody and stay.
 */
@Configuration(proxyBeanMethods = false)
class AlertsRetention {

	/**
	 * Community reports go a year after they were received: their words come from the
	 * public, and once the alerts they led to have expired they have done their work. An
	 * alert that named one keeps its source line ({@code report:<id>}), which then points
	 * at nothing.
	 */
	@Bean
	RetentionRule communityReportsRetention(JdbcClient jdbc) {
		return RetentionRule.statement("community-reports", Period.ofYears(1), jdbc,
				"DELETE FROM community_reports WHERE received_at < :cutoff");
	}

	/**
	 * The overdoses kept for finding clusters (zone and time only) go 90 days after they
	 * happened: a cluster spans hours.
	 */
	@Bean
	RetentionRule overdoseSignalsRetention(JdbcClient jdbc) {
		return RetentionRule.statement("overdose-signals", Period.ofDays(90), jdbc,
				"DELETE FROM overdose_signals WHERE occurred_at < :cutoff");
	}

	/**
	 * Who received an alert is kept so that its update or cancellation reaches the same
	 * people; 90 days after the alert expired that list goes.
	 */
	@Bean
	RetentionRule alertRecipientsRetention(JdbcClient jdbc) {
		return RetentionRule.statement("alert-recipients", Period.ofDays(90), jdbc, """
				DELETE FROM alert_recipients r USING alerts a
				WHERE a.id = r.alert_id AND a.expires_at < :cutoff""");
	}

}
