package org.satellite;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.privacy.Retention;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every background job is either a periodic job that runs once per period across nodes
 * (it holds a ShedLock lock) or a worker that claims its rows in PostgreSQL and is meant
 * to run on every node (decision 0070).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScheduledJobsIntegrationTests {

	/**
	 * Workers poll on every node; each claims its rows with a lease or
	 * {@code SKIP LOCKED} (or deletes only what has expired), never trusting that it runs
	 * alone, so running on two nodes at once is what they are made for.
	 */
	private static final Set<String> WORKERS = Set.of("ImportWorker.runWaiting", "EmailSender.sendDue",
			"SmsParts.purge", "SharedLimits.forgetExpired", "RollupListeners.catchUp");

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Frees every lock. ShedLock remembers which lock rows exist and only updates them
	 * afterwards, so a test frees a lock as a node does, by its time running out, never
	 * by deleting the row.
	 */
	@BeforeEach
	void noLocks() {
		free();
	}

	private void free() {
		this.jdbc.sql("UPDATE shedlock SET lock_until = now() - interval '1 second'").update();
	}

	@Test
	void everyScheduledJobEitherHoldsALockOrIsAWorker() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		// Every class, not only components: a job may sit on a class a configuration
		// declares as a bean.
		scanner.addIncludeFilter((reader, factory) -> true);
		List<String> jobs = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.satellite")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Scheduled.class)) {
					String job = type.getSimpleName() + "." + method.getName();
					jobs.add(job);
					assertThat(method.isAnnotationPresent(SchedulerLock.class) || WORKERS.contains(job))
						.as("%s must either hold a @SchedulerLock or be a worker that claims its rows", job)
						.isTrue();
				}
			}
		}
		assertThat(jobs).as("the jobs found")
			.contains("Retention.scheduled", "AlertDesk.expire", "ImportWorker.runWaiting", "SmsParts.purge",
					"SharedLimits.forgetExpired", "RollupListeners.catchUp");
	}

	@Test
	void aPeriodicJobDoesNotRunWhileAnotherNodeHoldsItsLock() {
		this.jdbc.sql("""
				INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
				VALUES ('retention-purge', now() + interval '1 hour', now(), 'node-b')
				ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until, locked_by = EXCLUDED.locked_by""")
			.update();
		long runs = retentionRuns();

		runScheduledPurge();

		assertThat(retentionRuns()).as("purges run while node-b holds the lock").isEqualTo(runs);

		free();
		runScheduledPurge();

		assertThat(retentionRuns()).as("purges run once the lock is free").isGreaterThan(runs);
		assertThat(this.jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'retention-purge'")
			.query(String.class)
			.single()).as("who ran it").isNotEqualTo("node-b");
	}

	private void runScheduledPurge() {
		assertThat(AopUtils.isAopProxy(this.retention)).as("Retention is proxied, so its lock applies").isTrue();
		Method scheduled = ReflectionUtils.findMethod(Retention.class, "scheduled");
		ReflectionUtils.makeAccessible(scheduled);
		ReflectionUtils.invokeMethod(scheduled, this.retention);
	}

	private long retentionRuns() {
		return this.jdbc.sql("SELECT count(*) FROM retention_runs").query(Long.class).single();
	}

}
