package org.satellite.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.privacy.internal.RetentionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the retention limits: every {@link RetentionRule} of every module, one purge
 * job. Runs every {@code satellite.retention.interval} (6 hours) on every node; a rule
 * runs on one node at a time (an advisory lock), and a run that finds the lock taken
 * leaves that rule to the node holding it. Each purge that deleted something is written
 * to the audit trail, and every run to {@code retention_runs} for the administrator's
 * page.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final ObjectProvider<RetentionRule> rules;

	private final RetentionSettings settings;

	private final ProgramTime time;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Retention(ObjectProvider<RetentionRule> rules, RetentionSettings settings, ProgramTime time, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.rules = rules;
		this.settings = settings;
		this.time = time;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		Set<String> unknown = new TreeSet<>(settings.limits().keySet());
		Set<String> known = new TreeSet<>(
				rules.orderedStream().map((rule) -> RetentionSettings.comparable(rule.kind())).toList());
		unknown.removeIf((key) -> known.contains(RetentionSettings.comparable(key)));
		if (!unknown.isEmpty()) {
			log.warn("satellite.retention.limits names kinds no module keeps: {}; known kinds are {}", unknown,
					rules.orderedStream().map(RetentionRule::kind).sorted().toList());
		}
	}

	/** Every kind of record with a limit, its limit, and its latest purge. */
	public List<Policy> policies() {
		List<Policy> policies = new ArrayList<>();
		for (RetentionRule rule : sortedRules()) {
			Optional<Run> last = this.jdbc
				.sql("""
						SELECT ran_at, cutoff, purged FROM retention_runs WHERE kind = :kind ORDER BY ran_at DESC LIMIT 1""")
				.param("kind", rule.kind())
				.query((rs, row) -> new Run(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
						rs.getInt(3)))
				.optional();
			policies.add(new Policy(rule.kind(), limitOf(rule), limitOf(rule).equals(rule.defaultLimit()), last));
		}
		return policies;
	}

	@SchedulerLock(name = "retention-purge", lockAtMostFor = "PT1H")
	@Scheduled(fixedDelayString = "${satellite.retention.interval:6h}",
			initialDelayString = "${satellite.retention.initial-delay:5m}")
	void scheduled() {
		purgeAll();
	}

	/**
	 * Applies every rule now; returns how many records were deleted in all. A rule that
	 * fails is logged and the others still run.
	 */
	public int purgeAll() {
		int total = 0;
		for (RetentionRule rule : sortedRules()) {
			try {
				Integer purged = this.transactions.execute((status) -> purge(rule));
				total += (purged != null) ? purged : 0;
			}
			catch (RuntimeException ex) {
				log.error("The retention purge of '{}' failed; it is tried again at the next run", rule.kind(), ex);
			}
		}
		return total;
	}

	private int purge(RetentionRule rule) {
		Boolean mine = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
			.param("name", "retention:" + rule.kind())
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(mine)) {
			return 0;
		}
		Period limit = limitOf(rule);
		Instant cutoff = this.time.now().atZone(this.time.zone()).minus(limit).toInstant();
		int purged = rule.purgeBefore(cutoff);
		this.jdbc.sql("INSERT INTO retention_runs (kind, cutoff, purged) VALUES (:kind, :cutoff, :purged)")
			.param("kind", rule.kind())
			.param("cutoff", Timestamp.from(cutoff))
			.param("purged", purged)
			.update();
		if (purged > 0) {
			this.events.publishEvent(new Audited("retention.purged", rule.kind(),
					purged + " record(s) older than " + limit + " (before " + cutoff + ")"));
			log.info("Retention: deleted {} record(s) of '{}' older than {}", purged, rule.kind(), limit);
		}
		return purged;
	}

	private Period limitOf(RetentionRule rule) {
		return this.settings.limitOf(rule.kind()).orElse(rule.defaultLimit());
	}

	private List<RetentionRule> sortedRules() {
		return this.rules.orderedStream().sorted(Comparator.comparing(RetentionRule::kind)).toList();
	}

	/**
	 * A kind of record, how long it is kept, whether that is the module's default, and
	 * its latest purge.
	 */
	public record Policy(String kind, Period limit, boolean byDefault, Optional<Run> lastRun) {
	}

	/** One purge of one kind. */
	public record Run(Instant at, Instant cutoff, int purged) {
	}

}
