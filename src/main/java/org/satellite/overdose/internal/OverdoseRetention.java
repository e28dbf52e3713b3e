package org.satellite.overdose.internal;

import java.sql.Timestamp;
import java.time.Period;

import org.satellite.privacy.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Overdose responses go three years after they happened, with their check-in requests
 * (decision 0009). The program's figures for those quarters go with them: export them
 * before (the quarterly CSV), or lengthen the limit.
 */
@Configuration(proxyBeanMethods = false)
class OverdoseRetention {

	@Bean
	RetentionRule overdoseResponsesRetention(JdbcClient jdbc) {
		return RetentionRule.of("overdose-responses", Period.ofYears(3), (cutoff) -> {
			jdbc.sql("""
					DELETE FROM check_in_requests c USING overdose_responses r
					WHERE r.id = c.response_id AND r.occurred_at < :cutoff""")
				.param("cutoff", Timestamp.from(cutoff))
				.update();
			return jdbc.sql("DELETE FROM overdose_responses WHERE occurred_at < :cutoff")
				.param("cutoff", Timestamp.from(cutoff))
				.update();
		});
	}

}
