package org.satellite.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.satellite.platform.ProgramTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups ({@code report_cells}): one cell (a site or zone, a month, one
 * source's indicators) recomputed from the raw records after an event marked it as
 * changed, or every cell rebuilt at once. Both run the same query of
 * {@link RollupSource}, so a cell kept up to date by events is the cell a rebuild makes.
 * An event only marks its cell ({@link #mark}); {@link #catchUp} recomputes the marked
 * cells, each once however many events touched it (decision 0112).
 */
@Service
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	/** The start of the statement that stores a source's rows. */
	public static final String INSERT = "INSERT INTO report_cells (level, place, month, indicator, numerator, denominator) "
			+ "SELECT :level, place, month, indicator, numerator, denominator FROM (";

	/** Marks a cell as changed ({@code :source}, {@code :place}, {@code :month}). */
	public static final String MARK = """
			INSERT INTO report_cells_to_recompute (source, place, month) VALUES (:source, :place, :month)
			ON CONFLICT DO NOTHING""";

	/**
	 * Unmarks the {@code :most} oldest marked cells no other transaction holds, returning
	 * their source, place and month.
	 */
	public static final String UNMARK_OLDEST = """
			DELETE FROM report_cells_to_recompute
			WHERE (source, place, month) IN (
			  SELECT source, place, month FROM report_cells_to_recompute
			  ORDER BY marked_at LIMIT :most FOR UPDATE SKIP LOCKED)
			RETURNING source, place, month""";

	/** Puts the oldest marked cell no other transaction holds behind the others. */
	static final String PUT_OLDEST_BACK = """
			UPDATE report_cells_to_recompute SET marked_at = clock_timestamp()
			WHERE (source, place, month) = (
			  SELECT source, place, month FROM report_cells_to_recompute
			  ORDER BY marked_at LIMIT 1 FOR UPDATE SKIP LOCKED)
			RETURNING source || ' ' || place || ' ' || month""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ProgramTime time;

	private final PublicFigures publication;

	private final AlertDelays delays;

	Rollups(JdbcClient jdbc, ProgramTime time, PublicFigures publication, AlertDelays delays,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.time = time;
		this.publication = publication;
		this.delays = delays;
	}

	/**
	 * Marks one place's month of one source as changed, to be recomputed by the next
	 * {@link #catchUp}: what an event costs the transaction that records it.
	 */
	@Transactional
	public void mark(RollupSource source, String place, YearMonth month) {
		this.jdbc.sql(MARK)
			.param("source", source.name())
			.param("place", place)
			.param("month", Date.valueOf(month.atDay(1)))
			.update();
	}

	/**
	 * Marks every drug checking cell, as a change of the vocabulary changes what past
	 * results count as: each zone's month with a result, and each that has cells (a month
	 * whose results are all gone must lose its cells).
	 */
	@Transactional
	public void markEveryCheckingCell() {
		this.jdbc.sql("""
				INSERT INTO report_cells_to_recompute (source, place, month)
				SELECT 'CHECKING', coalesce(zone_code, ''), date_trunc('month', collected_on)::date
				FROM samples WHERE result_ready_at IS NOT NULL
				UNION
				SELECT 'CHECKING', place, month FROM report_cells WHERE indicator IN (:indicators)
				ON CONFLICT DO NOTHING""").param("indicators", RollupSource.CHECKING.indicators).update();
	}

	/**
	 * Recomputes up to {@code most} marked cells, oldest mark first, and unmarks them in
	 * the same transaction: a crash leaves them marked, and another node skips the cells
	 * this one holds. An event that marks a cell while it is being recomputed waits for
	 * the unmarking to commit and marks it again, so nothing recorded is left out. When
	 * the batch fails, its cells are computed one at a time, and a cell that fails is
	 * marked again behind the others (and the log says why), so that one cell the query
	 * cannot compute never holds every other figure back.
	 * @return how many cells were recomputed or put back; fewer than {@code most} when
	 * none are left
	 */
	public int catchUp(int most) {
		try {
			return this.transactions.execute((status) -> recomputeOldest(most));
		}
		catch (RuntimeException batch) {
			log.warn("Reporting: a batch of marked cells failed ({}); computing them one at a time",
					batch.getMessage());
		}
		java.util.Set<String> failed = new java.util.HashSet<>();
		int done = 0;
		while (done < most) {
			try {
				if (this.transactions.execute((status) -> recomputeOldest(1)) == 0) {
					break;
				}
			}
			catch (RuntimeException cell) {
				String key = this.transactions
					.execute((status) -> this.jdbc.sql(PUT_OLDEST_BACK).query(String.class).optional().orElse(""));
				log.warn("Reporting: the marked cell {} could not be computed and waits behind the others: {}", key,
						cell.getMessage());
				if (!failed.add(key)) {
					// Only cells that failed are left: the next run tries them again.
					break;
				}
			}
			done++;
		}
		return done;
	}

	private int recomputeOldest(int most) {
		List<Object[]> marked = this.jdbc.sql(UNMARK_OLDEST)
			.param("most", most)
			.query((rs,
					row) -> new Object[] { RollupSource.valueOf(rs.getString(1)), rs.getString(2),
							YearMonth.from(rs.getDate(3).toLocalDate()) })
			.list();
		for (Object[] cell : marked) {
			recompute((RollupSource) cell[0], (String) cell[1], (YearMonth) cell[2]);
		}
		return marked.size();
	}

	/** Computes one place's month of one source again from its raw records. */
	@Transactional
	public void recompute(RollupSource source, String place, YearMonth month) {
		// Two listeners may recompute the same cell at once (a hand-out and its
		// distribution): one waits for the other.
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:cell))")
			.param("cell", "report_cells " + source.level.name() + " " + place + " " + month)
			.query()
			.listOfRows();
		this.jdbc.sql("""
				DELETE FROM report_cells
				WHERE level = :level AND place = :place AND month = :month AND indicator IN (:indicators)""")
			.param("level", source.level.name())
			.param("place", place)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("indicators", source.indicators)
			.update();
		insert(source, place, this.time.startOf(month), this.time.startOf(month.plusMonths(1)), month.atDay(1),
				month.plusMonths(1).atDay(1));
	}

	/**
	 * Throws every cell away and computes them all again from the raw records: the one
	 * command that repairs the rollups (docs/operations.md).
	 */
	@Transactional
	public int rebuild() {
		long started = System.nanoTime();
		this.jdbc.sql("LOCK TABLE report_cells IN EXCLUSIVE MODE").update();
		this.jdbc.sql("DELETE FROM report_cells").update();
		int cells = 0;
		for (RollupSource source : RollupSource.values()) {
			cells += insert(source, null, null, null, null, null);
		}
		cells += this.delays.rebuild();
		this.jdbc.sql("DELETE FROM report_overdose_cells").update();
		this.jdbc
			.sql("""
					INSERT INTO report_overdose_cells (response_id, zone_code, month)
					SELECT id, zone_code, date_trunc('month', occurred_at AT TIME ZONE :tz)::date FROM overdose_responses""")
			.param("tz", this.time.zone().getId())
			.update();
		this.publication.forget();
		log.info("Reporting: rebuilt {} rollup cells from the raw records in {} ms", cells,
				(System.nanoTime() - started) / 1_000_000);
		return cells;
	}

	/** Remembers where an overdose response counts, for when it is withdrawn. */
	@Transactional
	public void rememberOverdose(java.util.UUID response, String zone, YearMonth month) {
		this.jdbc.sql("""
				INSERT INTO report_overdose_cells (response_id, zone_code, month) VALUES (:id, :zone, :month)
				ON CONFLICT (response_id) DO NOTHING""")
			.param("id", response)
			.param("zone", zone)
			.param("month", Date.valueOf(month.atDay(1)))
			.update();
	}

	/** Where a withdrawn overdose response counted, forgetting it. */
	@Transactional
	public java.util.Optional<Object[]> forgetOverdose(java.util.UUID response) {
		return this.jdbc.sql("DELETE FROM report_overdose_cells WHERE response_id = :id RETURNING zone_code, month")
			.param("id", response)
			.query((rs, row) -> new Object[] { rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()) })
			.optional();
	}

	/**
	 * Inserts the rows of one source: of one cell with a place, of every cell without.
	 */
	private int insert(RollupSource source, String place, Instant from, Instant to, LocalDate fromDay,
			LocalDate toDay) {
		return this.jdbc.sql(INSERT + source.query(place != null) + ") AS computed")
			.param("level", source.level.name())
			.param("tz", this.time.zone().getId())
			.param("place", place)
			.param("from", (from != null) ? Timestamp.from(from) : null)
			.param("to", (to != null) ? Timestamp.from(to) : null)
			.param("fromDay", (fromDay != null) ? Date.valueOf(fromDay) : null)
			.param("toDay", (toDay != null) ? Date.valueOf(toDay) : null)
			.update();
	}

}
