package org.satellite.checking.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.satellite.checking.Vocabulary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the rows of an import inside the caller's transaction: registers their names in
 * the vocabulary, stages them with PostgreSQL's COPY, adds the samples whose facts are
 * not there yet with their components and strips, and reports the others as already
 * there. The caller commits, or rolls back to try a smaller set of rows.
 */
@Component
class SampleLanding {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Vocabulary vocabulary;

	SampleLanding(JdbcClient jdbc, DataSource dataSource, Vocabulary vocabulary) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.vocabulary = vocabulary;
	}

	/**
	 * What landed: samples added, and names no one had seen that now wait in the review
	 * queue.
	 */
	record Landed(int added, int newNames) {
	}

	Landed write(UUID id, List<SampleRows.Row> rows) {
		Set<String> names = new LinkedHashSet<>();
		rows.forEach((row) -> {
			names.addAll(row.components());
			if (row.expected() != null) {
				names.add(row.expected());
			}
		});
		Set<String> keys = new HashSet<>();
		names.forEach((name) -> keys.add(Vocabulary.keyOf(name)));
		keys.remove("");
		this.jdbc.sql("CREATE TEMP TABLE new_names (name_key TEXT PRIMARY KEY) ON COMMIT DROP").update();
		copy("new_names", keys.stream().map((key) -> new Object[] { key }).toList());
		this.jdbc.sql("DELETE FROM new_names n USING substance_names s WHERE s.name_key = n.name_key").update();
		this.vocabulary.register(names);
		int newNames = this.jdbc.sql("""
				SELECT count(*) FROM new_names n JOIN substance_names s ON s.name_key = n.name_key
				WHERE s.substance_id IS NULL AND s.verdict IS NULL""").query(Integer.class).single();
		stage(rows);
		int added = this.jdbc
			.sql("""
					INSERT INTO samples (code, collected_on, source_site, city, collection_mode, expected_written, expected_key,
					  result_ready_at, import_id, row_key, recorded_by)
					SELECT st.code, st.collected_on, st.source_site, st.city, st.mode, st.expected_written, st.expected_key,
					  st.collected_on::timestamptz, :id, st.row_key, i.created_by
					FROM staged_samples st, checking_imports i
					WHERE i.id = :id AND NOT EXISTS (SELECT 1 FROM samples s WHERE s.row_key = st.row_key)
					ON CONFLICT (row_key) DO NOTHING""")
			.param("id", id)
			.update();
		this.jdbc.sql("""
				INSERT INTO sample_components (sample_code, position, written, name_key, quality)
				SELECT s.code, c.position, c.written, c.name_key, 'MATCH'
				FROM staged_components c JOIN samples s ON s.row_key = c.row_key WHERE s.import_id = :id""")
			.param("id", id)
			.update();
		this.jdbc.sql("""
				INSERT INTO sample_strips (sample_code, strip, result)
				SELECT s.code, t.strip, t.result FROM staged_strips t JOIN samples s ON s.row_key = t.row_key
				WHERE s.import_id = :id""").param("id", id).update();
		return new Landed(added, newNames);
	}

	/**
	 * Reports the staged rows that an earlier import had already added, with their line.
	 */
	void reportAlreadyThere(UUID id) {
		this.jdbc.sql("""
				INSERT INTO checking_import_errors (import_id, line, reason, argument, excerpt, landed)
				SELECT :id, st.line, 'checking.import.row.alreadyThere', NULL, st.excerpt, FALSE
				FROM staged_samples st JOIN samples s ON s.row_key = st.row_key
				WHERE s.import_id IS DISTINCT FROM :id
				ON CONFLICT DO NOTHING""").param("id", id).update();
	}

	/** Loads rows with PostgreSQL's COPY, on the transaction's own connection. */
	void copy(String table, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
			for (Object[] row : rows) {
				printer.printRecord(row);
			}
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(text.toString()));
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("COPY into " + table + " failed: " + ex.getMessage(), ex);
		}
	}

	private void stage(List<SampleRows.Row> rows) {
		this.jdbc
			.sql("""
					CREATE TEMP TABLE staged_samples (row_key TEXT, code TEXT, collected_on DATE, source_site TEXT, city TEXT,
					  mode TEXT, expected_written TEXT, expected_key TEXT, line INTEGER, excerpt TEXT) ON COMMIT DROP""")
			.update();
		this.jdbc.sql(
				"CREATE TEMP TABLE staged_components (row_key TEXT, position INT, written TEXT, name_key TEXT) ON COMMIT DROP")
			.update();
		this.jdbc.sql("CREATE TEMP TABLE staged_strips (row_key TEXT, strip TEXT, result TEXT) ON COMMIT DROP")
			.update();
		Set<String> codes = new HashSet<>();
		copy("staged_samples", rows.stream()
			.map((row) -> new Object[] { row.key(), uniqueCode(codes), row.date(), row.site(), row.city(),
					row.mode().name(), row.expected(),
					(row.expected() != null) ? Vocabulary.keyOf(row.expected()) : null, row.line(), row.excerpt() })
			.toList());
		giveNewCodesWhereTaken();
		List<Object[]> components = new ArrayList<>();
		List<Object[]> strips = new ArrayList<>();
		for (SampleRows.Row row : rows) {
			for (int i = 0; i < row.components().size(); i++) {
				String written = row.components().get(i);
				components.add(new Object[] { row.key(), i + 1, written, Vocabulary.keyOf(written) });
			}
			row.strips()
				.forEach((strip, result) -> strips.add(new Object[] { row.key(), strip.name(), result.name() }));
		}
		copy("staged_components", components);
		copy("staged_strips", strips);
	}

	/**
	 * A random code no other row of this import has. Codes are random, so among thousands
	 * of rows two may meet (about once in 250 imports of the Drug Checking BC file):
	 * drawing again is the whole cure.
	 */
	private static String uniqueCode(Set<String> taken) {
		String code = SampleCode.generate();
		while (!taken.add(code)) {
			code = SampleCode.generate();
		}
		return code;
	}

	/** Draws again for staged rows whose code a sample already has, until none does. */
	private void giveNewCodesWhereTaken() {
		this.jdbc.sql("CREATE INDEX ON staged_samples (code)").update();
		List<String> clashing = clashingRows();
		while (!clashing.isEmpty()) {
			for (String rowKey : clashing) {
				this.jdbc.sql("UPDATE staged_samples SET code = :code WHERE row_key = :key")
					.param("code", SampleCode.generate())
					.param("key", rowKey)
					.update();
			}
			clashing = clashingRows();
		}
	}

	private List<String> clashingRows() {
		return this.jdbc
			.sql("""
					SELECT st.row_key FROM staged_samples st
					WHERE EXISTS (SELECT 1 FROM samples s WHERE s.code = st.code)
					   OR EXISTS (SELECT 1 FROM staged_samples other WHERE other.code = st.code AND other.row_key < st.row_key)""")
			.query(String.class)
			.list();
	}

}
