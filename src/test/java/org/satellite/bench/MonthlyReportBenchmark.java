package org.satellite.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.satellite.reporting.internal.Cells;
import org.satellite.reporting.internal.RollupSource;
import org.satellite.reporting.internal.Rollups;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program's monthly report over {@code -Dbench.lines} distribution lines (default
 * 10,000,000: three lines per distribution, needles, an injection kit and a naloxone kit,
 * plus needles back) over {@code -Dbench.sites} sites (default 200) and
 * {@code -Dbench.months} months (default 24), inserted in bulk with
 * {@code generate_series} on a PostgreSQL migrated like Satellite's. Measured in one run:
 * <ul>
 * <li>the rebuild of every rollup from scratch ({@link RollupSource#query} unfiltered, as
 * {@code Rollups#rebuild} runs it);</li>
 * <li>the month's report, every indicator for every site, from the rollups
 * ({@link Cells#PERIOD_TOTALS}, the query behind {@code ReportFigures}), against the
 * <strong>baseline</strong>: the same figures by GROUP BY over the raw lines (each
 * source's query for that month, every site); both give the same figures;</li>
 * <li>the ingest cost the rollups add: distributions (a row and its three ledger lines)
 * per second on one connection, without, then with the rollups kept up to date as
 * Satellite keeps them (decision 0112: the listener marks the site's month after each
 * distribution, and the catch-up job recomputes the marked cells, here once the last
 * distribution is in, so the time counted ends with every cell up to date), and, for
 * comparison, with the site's month recomputed after each distribution, as before that
 * decision.</li>
 * </ul>
 * Targets (DESIGN.md): the report at most 200 ms (median) and at least 20 times faster
 * than the GROUP BY.
 */
class MonthlyReportBenchmark {

	static final ZoneId ZONE = ZoneId.of("America/Toronto");

	static final int REPEATS = 15;

	/** How often Satellite's catch-up job runs by default. */
	static final long CATCH_UP_INTERVAL_NANOS = java.time.Duration.ofSeconds(5).toNanos();

	static final int CATCH_UP_BATCH = 100;

	@Test
	void theMonthlyReportComesFromTheRollups() throws java.io.IOException {
		long lines = Long.getLong("bench.lines", 10_000_000L);
		int sites = Integer.getInteger("bench.sites", 200);
		int months = Integer.getInteger("bench.months", 24);
		int ingest = Integer.getInteger("bench.ingest", 2_000);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource data = postgres.getPostgresDatabase();
			Flyway.configure().dataSource(data).locations("classpath:db/migration").outOfOrder(true).load().migrate();
			JdbcClient jdbc = JdbcClient.create(data);
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
			YearMonth first = YearMonth.of(2025, 1);
			long inserting = System.nanoTime();
			insert(jdbc, lines / 3, sites, first, months);
			double insertSeconds = seconds(inserting);

			long rebuilding = System.nanoTime();
			int cells = transactions.execute((status) -> rebuild(jdbc));
			double rebuildSeconds = seconds(rebuilding);

			YearMonth month = first.plusMonths(months - 6);
			Map<String, Long> fromRollups = new TreeMap<>();
			Map<String, Long> fromRaw = new TreeMap<>();
			List<Double> report = new ArrayList<>();
			List<Double> groupBy = new ArrayList<>();
			for (int i = 0; i < REPEATS; i++) {
				fromRollups.clear();
				long start = System.nanoTime();
				jdbc.sql(Cells.PERIOD_TOTALS)
					.param("from", Date.valueOf(month.atDay(1)))
					.param("to", Date.valueOf(month.plusMonths(1).atDay(1)))
					.query((rs, row) -> fromRollups.put(rs.getString(2) + " " + rs.getString(3), rs.getLong(4)))
					.list();
				report.add((System.nanoTime() - start) / 1e6);
			}
			for (int i = 0; i < 3; i++) {
				fromRaw.clear();
				long start = System.nanoTime();
				for (RollupSource source : RollupSource.values()) {
					jdbc.sql(source.query(false, true))
						.param("tz", ZONE.getId())
						.param("from", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()))
						.param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()))
						.param("fromDay", Date.valueOf(month.atDay(1)))
						.param("toDay", Date.valueOf(month.plusMonths(1).atDay(1)))
						.query((rs, row) -> fromRaw.put(rs.getString(1) + " " + rs.getString(3), rs.getLong(4)))
						.list();
				}
				groupBy.add((System.nanoTime() - start) / 1e6);
			}
			assertThat(fromRollups).as("the report from the rollups equals the GROUP BY over the raw lines")
				.isEqualTo(fromRaw)
				.containsKey("S001 NEEDLES_DISTRIBUTED");

			double without = ingest(jdbc, transactions, ingest, sites, month, Upkeep.NONE);
			double with = ingest(jdbc, transactions, ingest, sites, month, Upkeep.MARK_THEN_CATCH_UP);
			double eachTime = ingest(jdbc, transactions, ingest, sites, month, Upkeep.RECOMPUTE_EACH_TIME);
			assertThat(jdbc.sql("SELECT count(*) FROM report_cells_to_recompute").query(Long.class).single())
				.as("every marked cell was recomputed")
				.isZero();

			double reportMs = Samples.of("ms", report).median();
			double groupByMs = Samples.of("ms", groupBy).median();
			BenchmarkReport.named("MonthlyReportBenchmark")
				.context("distribution_lines", lines)
				.context("sites", sites)
				.context("months", months)
				.context("processors", Runtime.getRuntime().availableProcessors())
				.context("insert_seconds", Math.round(insertSeconds))
				.context("rollup_cells", cells)
				.context("report_rows", fromRollups.size())
				.baseline("group_by", Samples.of("ms", groupBy))
				.figure("report", Samples.of("ms", report))
				.figure("report_median", reportMs, "ms")
				.figure("group_by_median_over_report_median", groupByMs / reportMs, "x")
				.figure("rebuild_from_scratch", rebuildSeconds, "s")
				.figure("ingest_without_rollups", without, "distributions/s")
				.figure("ingest_with_rollups", with, "distributions/s")
				.figure("ingest_with_over_without", with / without, "x")
				.figure("ingest_recomputing_each_time", eachTime, "distributions/s")
				.atMost("report_median", 200)
				.atLeast("group_by_median_over_report_median", 20)
				.publish()
				.assertTargetsMet();
		}
	}

	private static void insert(JdbcClient jdbc, long distributions, int sites, YearMonth first, int months) {
		jdbc.sql("""
				INSERT INTO zones (code, name_en, name_fr)
				SELECT 'Z' || z, 'Zone ' || z, 'Zone ' || z FROM generate_series(1, 10) z""").update();
		jdbc.sql("""
				INSERT INTO sites (code, zone_code, kind, opened_on)
				SELECT 'S' || lpad(s::text, 3, '0'), 'Z' || (s % 10 + 1), 'HOME', DATE '2020-01-01'
				FROM generate_series(1, :sites) s""").param("sites", sites).update();
		Instant from = first.atDay(1).atStartOfDay(ZONE).toInstant();
		Instant to = first.plusMonths(months).atDay(1).atStartOfDay(ZONE).toInstant();
		jdbc.sql(
				"""
						INSERT INTO distributions (id, site_code, occurred_at, also_for, recorded_by)
						SELECT md5('d' || g)::uuid, 'S' || lpad((g % :sites + 1)::text, 3, '0'),
						       CAST(:from AS TIMESTAMPTZ) + (CAST(:to AS TIMESTAMPTZ) - CAST(:from AS TIMESTAMPTZ)) * (g::double precision / :n), g % 3, 'bench'
						FROM generate_series(1, :n) g""")
			.param("sites", sites)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("n", distributions)
			.update();
		jdbc.sql("""
				INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
				SELECT d.id, d.occurred_at, d.site_code, i.item, -i.quantity, 'DISTRIBUTED', 'bench'
				FROM distributions d
				CROSS JOIN (VALUES ('NDL-1', 10), ('KIT-INJ', 1), ('NAL-NASAL', 1)) AS i (item, quantity)""").update();
		jdbc.sql(
				"""
						INSERT INTO needle_returns (id, site_code, occurred_at, needles, method, recorded_by)
						SELECT md5('r' || g)::uuid, 'S' || lpad((g % :sites + 1)::text, 3, '0'),
						       CAST(:from AS TIMESTAMPTZ) + (CAST(:to AS TIMESTAMPTZ) - CAST(:from AS TIMESTAMPTZ)) * (g::double precision / :n), 15, 'COUNTED', 'bench'
						FROM generate_series(1, :n) g""")
			.param("sites", sites)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("n", distributions / 2)
			.update();
		jdbc.sql("ANALYZE").update();
	}

	/** What {@code Rollups#rebuild} does. */
	private static int rebuild(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM report_cells").update();
		int cells = 0;
		for (RollupSource source : RollupSource.values()) {
			cells += jdbc.sql(Rollups.INSERT + source.query(false) + ") AS computed")
				.param("level", source.level().name())
				.param("tz", ZONE.getId())
				.update();
		}
		return cells;
	}

	/** How the rollups are kept up to date while distributions are recorded. */
	enum Upkeep {

		/** Not at all: the cost of the distributions alone. */
		NONE,
		/**
		 * As Satellite does: each marks its cell, the marked cells are recomputed once.
		 */
		MARK_THEN_CATCH_UP,
		/** The site's month recomputed after each distribution. */
		RECOMPUTE_EACH_TIME

	}

	/**
	 * Distributions per second on one connection, each a row and its three ledger lines
	 * in a transaction, with the rollups kept up to date as {@code upkeep} says; the time
	 * ends when every cell is up to date.
	 */
	private static double ingest(JdbcClient jdbc, TransactionTemplate transactions, int count, int sites,
			YearMonth month, Upkeep upkeep) {
		Instant when = month.atDay(10).atTime(12, 0).atZone(ZONE).toInstant();
		long start = System.nanoTime();
		long caughtUp = start;
		for (int i = 0; i < count; i++) {
			String site = "S" + String.format("%03d", i % sites + 1);
			UUID id = UUID.randomUUID();
			transactions.executeWithoutResult((status) -> {
				jdbc.sql("""
						INSERT INTO distributions (id, site_code, occurred_at, also_for, recorded_by)
						VALUES (:id, :site, :when, 1, 'bench')""")
					.param("id", id)
					.param("site", site)
					.param("when", Timestamp.from(when))
					.update();
				jdbc.sql(
						"""
								INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
								SELECT :id, :when, :site, i.item, -i.quantity, 'DISTRIBUTED', 'bench'
								FROM (VALUES ('NDL-1', 10), ('KIT-INJ', 1), ('NAL-NASAL', 1)) AS i (item, quantity)""")
					.param("id", id)
					.param("site", site)
					.param("when", Timestamp.from(when))
					.update();
			});
			if (upkeep == Upkeep.MARK_THEN_CATCH_UP) {
				if (System.nanoTime() - caughtUp >= CATCH_UP_INTERVAL_NANOS) {
					catchUp(jdbc, transactions, month);
					caughtUp = System.nanoTime();
				}
				transactions.executeWithoutResult((status) -> jdbc.sql(Rollups.MARK)
					.param("source", RollupSource.SUPPLIES.name())
					.param("place", site)
					.param("month", Date.valueOf(month.atDay(1)))
					.update());
			}
			else if (upkeep == Upkeep.RECOMPUTE_EACH_TIME) {
				transactions.executeWithoutResult((status) -> recompute(jdbc, site, month));
			}
		}
		if (upkeep == Upkeep.MARK_THEN_CATCH_UP) {
			catchUp(jdbc, transactions, month);
		}
		return count / seconds(start);
	}

	/**
	 * What the catch-up job does ({@code Rollups#catchUp}), on the same connection as the
	 * distributions, so its time is counted in theirs.
	 */
	private static void catchUp(JdbcClient jdbc, TransactionTemplate transactions, YearMonth month) {
		int recomputed;
		do {
			recomputed = transactions.execute((status) -> {
				List<String> marked = jdbc.sql(Rollups.UNMARK_OLDEST)
					.param("most", CATCH_UP_BATCH)
					.query((rs, row) -> rs.getString(2))
					.list();
				marked.forEach((place) -> recompute(jdbc, place, month));
				return marked.size();
			});
		}
		while (recomputed == CATCH_UP_BATCH);
	}

	/** What {@code Rollups#recompute} does for the site's month. */
	private static void recompute(JdbcClient jdbc, String site, YearMonth month) {
		RollupSource source = RollupSource.SUPPLIES;
		jdbc.sql(
				"DELETE FROM report_cells WHERE level = 'SITE' AND place = :place AND month = :month AND indicator IN (:indicators)")
			.param("place", site)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("indicators", source.indicators())
			.update();
		jdbc.sql(Rollups.INSERT + source.query(true) + ") AS computed")
			.param("level", source.level().name())
			.param("tz", ZONE.getId())
			.param("place", site)
			.param("from", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()))
			.param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()))
			.param("fromDay", Date.valueOf(month.atDay(1)))
			.param("toDay", Date.valueOf(month.plusMonths(1).atDay(1)))
			.update();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
