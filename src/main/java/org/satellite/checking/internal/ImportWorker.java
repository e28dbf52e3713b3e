package org.satellite.checking.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.satellite.checking.ImportMapping;
import org.satellite.checking.SampleCode;
import org.satellite.checking.Vocabulary;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued imports in the background, on any node: a node claims one import with {@code FOR UPDATE SKIP LOCKED},
 * keeps a heartbeat while it reads, and writes every sample in one transaction at the end. An import whose node died
 * (heartbeat older than two minutes) is claimed again by another node and run from the start; since nothing of it
 * landed, nothing lands twice.
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private static final String NODE = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Vocabulary vocabulary;

	private final ProgramTime time;

	ImportWorker(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Vocabulary vocabulary,
			ProgramTime time) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.vocabulary = vocabulary;
		this.time = time;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 2000)
	void runWaiting() {
		Optional<UUID> claimed;
		while ((claimed = claim()).isPresent()) {
			run(claimed.get());
		}
	}

	Optional<UUID> claim() {
		return this.transactions.execute((status) -> this.jdbc.sql("""
				UPDATE checking_imports SET status = 'RUNNING', claimed_by = :node, heartbeat = program_now(), started_at = program_now(), read_rows = 0
				WHERE id = (SELECT id FROM checking_imports
				            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat < program_now() - interval '2 minutes')
				            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id""")
			.param("node", NODE)
			.query(UUID.class)
			.optional());
	}

	void run(UUID id) {
		try {
			Job job = this.jdbc.sql("SELECT content, mapping FROM checking_imports WHERE id = :id")
				.param("id", id)
				.query((rs, row) -> new Job(rs.getBytes("content"), rs.getString("mapping")))
				.single();
			CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(job.content()));
			SampleRows reader = new SampleRows(readMapping(job.mapping()), this.time.today());
			List<SampleRows.Row> rows = new ArrayList<>();
			List<SampleRows.Problem> problems = new ArrayList<>();
			int read = 0;
			for (CSVRecord record : parsed.records()) {
				reader.read(record, problems).ifPresent(rows::add);
				if (++read % 1000 == 0) {
					progress(id, read);
				}
			}
			progress(id, read);
			int total = read;
			this.transactions.executeWithoutResult((status) -> land(id, rows, problems, total));
		}
		catch (Refusal refusal) {
			fail(id, refusal.messageCode(), (refusal.arguments().length > 0) ? String.valueOf(refusal.arguments()[0]) : null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", id, ex);
			fail(id, "checking.error.importFailed", null);
		}
	}

	private void land(UUID id, List<SampleRows.Row> rows, List<SampleRows.Problem> problems, int total) {
		String owner = this.jdbc.sql("SELECT claimed_by FROM checking_imports WHERE id = :id AND status = 'RUNNING' FOR UPDATE")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (!NODE.equals(owner)) {
			return;
		}
		Set<String> names = new LinkedHashSet<>();
		rows.forEach((row) -> {
			names.addAll(row.components());
			if (row.expected() != null) {
				names.add(row.expected());
			}
		});
		this.vocabulary.register(names);
		this.jdbc.sql("""
				CREATE TEMP TABLE staged_samples (row_key TEXT, code TEXT, collected_on DATE, source_site TEXT, city TEXT,
				  mode TEXT, expected_written TEXT, expected_key TEXT) ON COMMIT DROP""").update();
		this.jdbc.sql("CREATE TEMP TABLE staged_components (row_key TEXT, position INT, written TEXT, name_key TEXT) ON COMMIT DROP")
			.update();
		this.jdbc.sql("CREATE TEMP TABLE staged_strips (row_key TEXT, strip TEXT, result TEXT) ON COMMIT DROP").update();
		Set<String> codes = new HashSet<>();
		copy("staged_samples", rows.stream()
			.map((row) -> new Object[] { row.key(), uniqueCode(codes), row.date(), row.site(), row.city(),
					row.mode().name(), row.expected(), (row.expected() != null) ? Vocabulary.keyOf(row.expected()) : null })
			.toList());
		giveNewCodesWhereTaken();
		List<Object[]> components = new ArrayList<>();
		List<Object[]> strips = new ArrayList<>();
		for (SampleRows.Row row : rows) {
			for (int i = 0; i < row.components().size(); i++) {
				String written = row.components().get(i);
				components.add(new Object[] { row.key(), i + 1, written, Vocabulary.keyOf(written) });
			}
			row.strips().forEach((strip, result) -> strips.add(new Object[] { row.key(), strip.name(), result.name() }));
		}
		copy("staged_components", components);
		copy("staged_strips", strips);
		int added = this.jdbc.sql("""
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
				WHERE s.import_id = :id""")
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM checking_import_errors WHERE import_id = :id").param("id", id).update();
		copy("checking_import_errors (import_id, line, reason, argument, excerpt, landed)", problems.stream()
			.map((p) -> new Object[] { id, p.line(), p.reason(), p.argument(), p.excerpt(), p.landed() })
			.distinct()
			.toList());
		this.jdbc.sql("""
				UPDATE checking_imports SET status = 'DONE', read_rows = :total, added = :added, already_there = :already,
				  finished_at = program_now(), content = ''::bytea WHERE id = :id""")
			.param("total", total)
			.param("added", added)
			.param("already", rows.size() - added)
			.param("id", id)
			.update();
	}

	/**
	 * A random code no other row of this import has. Codes are random, so among thousands of rows two may meet (about
	 * once in 250 imports of the Drug Checking BC file): drawing again is the whole cure.
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
		return this.jdbc.sql("""
				SELECT st.row_key FROM staged_samples st
				WHERE EXISTS (SELECT 1 FROM samples s WHERE s.code = st.code)
				   OR EXISTS (SELECT 1 FROM staged_samples other WHERE other.code = st.code AND other.row_key < st.row_key)""")
			.query(String.class)
			.list();
	}

	/** Loads rows with PostgreSQL's COPY, on the transaction's own connection. */
	private void copy(String table, List<Object[]> rows) {
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
				.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new java.io.StringReader(text.toString()));
		}
		catch (IOException | java.sql.SQLException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
	}

	private void progress(UUID id, int read) {
		this.jdbc.sql("UPDATE checking_imports SET read_rows = :read, heartbeat = program_now() WHERE id = :id AND claimed_by = :node")
			.param("read", read)
			.param("id", id)
			.param("node", NODE)
			.update();
	}

	private void fail(UUID id, String reason, String argument) {
		this.jdbc.sql("""
				UPDATE checking_imports SET status = 'FAILED', failure = :reason, failure_args = :argument, finished_at = program_now()
				WHERE id = :id AND claimed_by = :node""")
			.param("reason", reason)
			.param("argument", argument)
			.param("id", id)
			.param("node", NODE)
			.update();
	}

	private static ImportMapping readMapping(String text) {
		java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
		text.lines().filter((line) -> line.contains("=")).forEach((line) -> {
			int equals = line.indexOf('=');
			map.put(line.substring(0, equals), line.substring(equals + 1));
		});
		return ImportMapping.fromMap(map);
	}

	private record Job(byte[] content, String mapping) {
	}

}
