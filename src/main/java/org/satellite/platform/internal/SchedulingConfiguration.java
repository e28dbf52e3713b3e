package org.satellite.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs ({@code @Scheduled}) are of two kinds, and every node runs the
 * scheduler (decision 0070):
 * <ul>
 * <li><b>Periodic jobs</b> (purges, expiry, reminders, resealing) must run once per
 * period across nodes: each is annotated {@code @SchedulerLock} and takes a lock row in
 * PostgreSQL's {@code shedlock} table, timed by the database's clock, so two nodes'
 * clocks need not agree.</li>
 * <li><b>Workers</b> (the SMS and email outboxes, imports) poll for work on every node on
 * purpose, so that a node's loss slows nothing: each claims its rows in PostgreSQL
 * ({@code FOR UPDATE SKIP LOCKED} or a claim with a lease) rather than trusting that it
 * runs alone.</li>
 * </ul>
 * {@code ScheduledJobsIntegrationTests} holds every {@code @Scheduled} method to one of
 * the two.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
