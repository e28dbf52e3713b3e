package org.satellite.network.internal;

import java.time.Period;

import org.satellite.privacy.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The free-text notes of coordinators' site visits are emptied two years after the visit
 * (decision 0009); the visit and its counts, which name nobody, stay for the program's
 * figures.
 */
@Configuration(proxyBeanMethods = false)
class NetworkRetention {

	@Bean
	RetentionRule visitNotesRetention(JdbcClient jdbc) {
		return RetentionRule.statement("visit-notes", Period.ofYears(2), jdbc, """
				UPDATE site_visits SET notes = ''
				WHERE notes <> '' AND visited_on < CAST(:cutoff AS timestamptz)::date""");
	}

}
