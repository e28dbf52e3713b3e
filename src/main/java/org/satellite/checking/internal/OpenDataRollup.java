package org.satellite.checking.internal;

import java.util.List;

import org.satellite.checking.SubstanceClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollup behind the public figures ({@code checking_open_cube}): released samples
 * counted by month, fortnight, expected substance and findings. Triggers note every
 * change the figures depend on in {@code checking_open_changes} (a sample released or
 * imported, its tests, the vocabulary), in the transaction that makes it;
 * {@link #rebuild()} then counts everything again in one statement and forgets the
 * changes it has seen.
 *
 * <p>
 * The rebuild reads every released sample, so it runs only when something changed, on one
 * node at a time (an advisory lock), never for a request that finds nothing changed. Its
 * result is small whatever the number of samples: months × fortnights × expected
 * substances × 8 combinations of findings at most.
 */
@Component
class OpenDataRollup {

	/** The advisory lock of the rebuild, the same on every node. */
	static final long LOCK = 0x5a7e11_0b0eL;

	/**
	 * Fentanyl, benzodiazepines and notable exactly as {@link Findings} has them, for
	 * every released sample.
	 */
	static final String COUNT = """
			WITH found AS (
			    SELECT c.sample_code,
			           bool_or(x.grp = 'fentanyl') AS fentanyl,
			           bool_or(x.class = 'BENZODIAZEPINE') AS benzo,
			           bool_or(x.notable_reason IS NOT NULL) AS notable
			    FROM (SELECT sample_code, name_key FROM sample_components
			          UNION ALL SELECT sample_code, name_key FROM sample_lab_results) c
			    JOIN substance_names n ON n.name_key = c.name_key
			    JOIN substances x ON x.id = n.substance_id
			    GROUP BY c.sample_code),
			strips AS (
			    SELECT sample_code,
			           bool_or(strip = 'FENTANYL' AND result = 'POSITIVE') AS fentanyl,
			           bool_or(strip = 'BENZODIAZEPINE' AND result = 'POSITIVE') AS benzo,
			           bool_or(strip = 'XYLAZINE' AND result = 'POSITIVE') AS xylazine
			    FROM sample_strips GROUP BY sample_code),
			flags AS (
			    SELECT date_trunc('month', s.collected_on)::date AS month,
			           date '2000-01-03' + (floor((s.collected_on - date '2000-01-03') / 14.0) * 14)::int AS fortnight,
			           es.id AS expected_id, es.class AS expected_class,
			           coalesce(f.fentanyl, false) OR coalesce(t.fentanyl, false) AS fentanyl,
			           coalesce(f.benzo, false) OR coalesce(t.benzo, false) AS benzo,
			           coalesce(f.notable, false) OR coalesce(t.xylazine, false) AS marked
			    FROM samples s
			    LEFT JOIN substance_names en ON en.name_key = s.expected_key
			    LEFT JOIN substances es ON es.id = en.substance_id
			    LEFT JOIN found f ON f.sample_code = s.code
			    LEFT JOIN strips t ON t.sample_code = s.code
			    WHERE s.result_ready_at IS NOT NULL)
			SELECT month, fortnight, expected_id, expected_class, fentanyl, benzo AS benzodiazepine,
			       marked OR (fentanyl AND expected_class IS DISTINCT FROM 'OPIOID')
			              OR (benzo AND (expected_class IS NOT DISTINCT FROM 'OPIOID' OR fentanyl)) AS notable,
			       count(*)::int AS samples
			FROM flags
			GROUP BY 1, 2, 3, 4, 5, 6, 7""";

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	OpenDataRollup(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** The version of the rollup, and whether something changed since it was built. */
	State state() {
		return this.jdbc
			.sql("SELECT version, EXISTS (SELECT 1 FROM checking_open_changes) AS stale FROM checking_open_state")
			.query((rs, row) -> new State(rs.getLong("version"), rs.getBoolean("stale")))
			.single();
	}

	/**
	 * Counts everything again if something changed and no other node is doing it now. The
	 * changes deleted are those this transaction's snapshot saw, so a change committed
	 * meanwhile stays noted for the next rebuild.
	 * @return {@code false} when another node holds the rebuild
	 */
	boolean rebuild() {
		Boolean done = this.snapshot.execute((status) -> {
			boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
				.param("lock", LOCK)
				.query(Boolean.class)
				.single();
			if (!locked) {
				return false;
			}
			if (this.jdbc.sql("DELETE FROM checking_open_changes").update() == 0) {
				return true;
			}
			this.jdbc.sql("DELETE FROM checking_open_cube").update();
			this.jdbc
				.sql("INSERT INTO checking_open_cube (month, fortnight, expected_id, expected_class, fentanyl, "
						+ "benzodiazepine, notable, samples) " + COUNT)
				.update();
			this.jdbc.sql("UPDATE checking_open_state SET version = version + 1, refreshed_at = program_now()")
				.update();
			return true;
		});
		return Boolean.TRUE.equals(done);
	}

	/**
	 * Every line of the rollup, with the version they belong to, read in one snapshot.
	 */
	Snapshot read() {
		return this.snapshot.execute((status) -> {
			long version = this.jdbc.sql("SELECT version FROM checking_open_state").query(Long.class).single();
			List<OpenDataLine> lines = this.jdbc.sql("""
					SELECT month, fortnight, expected_id, expected_class, fentanyl, benzodiazepine, notable, samples
					FROM checking_open_cube""")
				.query((rs, row) -> new OpenDataLine(rs.getDate("month").toLocalDate(),
						rs.getDate("fortnight").toLocalDate(), (Integer) rs.getObject("expected_id"),
						(rs.getString("expected_class") != null)
								? SubstanceClass.valueOf(rs.getString("expected_class")) : null,
						rs.getBoolean("fentanyl"), rs.getBoolean("benzodiazepine"), rs.getBoolean("notable"),
						rs.getInt("samples")))
				.list();
			List<Substance> substances = this.jdbc
				.sql("SELECT id, name_en, name_fr, class, grp, notable_reason FROM substances ORDER BY class, name_en")
				.query((rs, row) -> new Substance(rs.getInt("id"), rs.getString("name_en"), rs.getString("name_fr"),
						SubstanceClass.valueOf(rs.getString("class")), "fentanyl".equals(rs.getString("grp")),
						rs.getString("notable_reason")))
				.list();
			return new Snapshot(version, lines, substances);
		});
	}

	/**
	 * The figures of the same counts by a GROUP BY over every released sample: the
	 * benchmark's baseline.
	 */
	List<OpenDataLine> countFromSamples() {
		return this.jdbc.sql(COUNT)
			.query((rs, row) -> new OpenDataLine(rs.getDate("month").toLocalDate(),
					rs.getDate("fortnight").toLocalDate(), (Integer) rs.getObject("expected_id"),
					(rs.getString("expected_class") != null) ? SubstanceClass.valueOf(rs.getString("expected_class"))
							: null,
					rs.getBoolean("fentanyl"), rs.getBoolean("benzodiazepine"), rs.getBoolean("notable"),
					rs.getInt("samples")))
			.list();
	}

	record State(long version, boolean stale) {
	}

	record Snapshot(long version, List<OpenDataLine> lines, List<Substance> substances) {
	}

}
