package org.satellite.checking.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.satellite.checking.SamplesImported;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued imports in the background, on any node: a node claims one import with
 * {@code FOR UPDATE SKIP LOCKED}, keeps a heartbeat while it reads, and writes every
 * sample in one transaction at the end. An import whose node died (heartbeat older than
 * two minutes) is claimed again by another node and run from the start; since nothing of
 * it landed, nothing lands twice.
 *
 * <p>
 * When the database refuses the rows together, the rows it refuses are found by halving
 * (each try rolled back), reported with their line and the database's reason, and the
 * others land: a file never makes an import end "stopped unexpectedly". That message is
 * left for what the file did not cause (the database down, a bug).
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private static final String NODE = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SampleLanding landing;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	ImportWorker(JdbcClient jdbc, TransactionTemplate transactions, SampleLanding landing, ProgramTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.landing = landing;
		this.time = time;
		this.events = events;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 2000)
	void runWaiting() {
		Optional<UUID> claimed;
		while ((claimed = claim()).isPresent()) {
			run(claimed.get());
		}
	}

	Optional<UUID> claim() {
		return this.transactions.execute((status) -> this.jdbc
			.sql("""
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
			Job job = this.jdbc.sql("SELECT content, mapping, separator FROM checking_imports WHERE id = :id")
				.param("id", id)
				.query((rs, row) -> new Job(rs.getBytes("content"), rs.getString("mapping"), rs.getString("separator")))
				.single();
			Character separator = (job.separator() == null || job.separator().isEmpty()) ? null
					: job.separator().charAt(0);
			CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(job.content()), separator);
			SampleRows reader = new SampleRows(ImportMapping.read(job.mapping()), this.time.today(),
					parsed.separator());
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
			land(id, rows, problems, read);
		}
		catch (Refusal refusal) {
			fail(id, refusal.messageCode(),
					(refusal.arguments().length > 0) ? String.valueOf(refusal.arguments()[0]) : null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", id, ex);
			fail(id, "checking.error.importFailed", null);
		}
	}

	/**
	 * Lands every row; when the database refuses them together, finds the rows it refuses
	 * and lands the others.
	 */
	private void land(UUID id, List<SampleRows.Row> rows, List<SampleRows.Problem> problems, int total) {
		try {
			this.transactions.executeWithoutResult((status) -> finish(id, rows, problems, total));
			return;
		}
		catch (DataAccessException | IllegalStateException ex) {
			log.info("Import {}: the database refused its rows together ({}); looking for the rows it refuses", id,
					NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		}
		List<SampleRows.Problem> all = new ArrayList<>(problems);
		List<SampleRows.Row> refused = new ArrayList<>();
		findRefused(id, rows, refused, all);
		List<SampleRows.Row> rest = new ArrayList<>(rows);
		rest.removeAll(refused);
		all.sort(Comparator.comparingLong(SampleRows.Problem::line));
		this.transactions.executeWithoutResult((status) -> finish(id, rest, all, total));
	}

	private void findRefused(UUID id, List<SampleRows.Row> rows, List<SampleRows.Row> refused,
			List<SampleRows.Problem> problems) {
		if (rows.isEmpty()) {
			return;
		}
		Optional<String> reason = tryLanding(id, rows);
		if (reason.isEmpty()) {
			return;
		}
		if (rows.size() == 1) {
			SampleRows.Row row = rows.get(0);
			refused.add(row);
			problems.add(new SampleRows.Problem(row.line(), "checking.import.row.database", reason.get(), row.excerpt(),
					false));
			return;
		}
		int half = rows.size() / 2;
		findRefused(id, rows.subList(0, half), refused, problems);
		findRefused(id, rows.subList(half, rows.size()), refused, problems);
	}

	/**
	 * Lands the rows in a transaction that is always rolled back; the database's reason
	 * when it refuses them.
	 */
	private Optional<String> tryLanding(UUID id, List<SampleRows.Row> rows) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				this.landing.write(id, rows);
			});
			return Optional.empty();
		}
		catch (DataAccessException | IllegalStateException ex) {
			String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return Optional.of(message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", ""));
		}
	}

	private void finish(UUID id, List<SampleRows.Row> rows, List<SampleRows.Problem> problems, int total) {
		String owner = this.jdbc
			.sql("SELECT claimed_by FROM checking_imports WHERE id = :id AND status = 'RUNNING' FOR UPDATE")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (!NODE.equals(owner)) {
			return;
		}
		SampleLanding.Landed landed = this.landing.write(id, rows);
		this.jdbc.sql("DELETE FROM checking_import_errors WHERE import_id = :id").param("id", id).update();
		Set<String> reported = new HashSet<>();
		this.landing.copy("checking_import_errors (import_id, line, reason, argument, excerpt, landed)",
				problems.stream()
					.filter((p) -> reported.add(p.line() + " " + p.reason()))
					.map((p) -> new Object[] { id, p.line(), p.reason(), p.argument(), p.excerpt(), p.landed() })
					.toList());
		this.landing.reportAlreadyThere(id);
		if (landed.added() > 0) {
			this.events.publishEvent(new SamplesImported(id, this.jdbc
				.sql("""
						SELECT DISTINCT date_trunc('month', collected_on)::date FROM samples WHERE import_id = :id ORDER BY 1""")
				.param("id", id)
				.query((rs, row) -> YearMonth.from(rs.getDate(1).toLocalDate()))
				.list()));
		}
		this.jdbc
			.sql("""
					UPDATE checking_imports SET status = 'DONE', read_rows = :total, added = :added, already_there = :already,
					  new_names = :newNames, finished_at = program_now(), content = ''::bytea WHERE id = :id""")
			.param("total", total)
			.param("added", landed.added())
			.param("already", rows.size() - landed.added())
			.param("newNames", landed.newNames())
			.param("id", id)
			.update();
	}

	private void progress(UUID id, int read) {
		this.jdbc.sql(
				"UPDATE checking_imports SET read_rows = :read, heartbeat = program_now() WHERE id = :id AND claimed_by = :node")
			.param("read", read)
			.param("id", id)
			.param("node", NODE)
			.update();
	}

	private void fail(UUID id, String reason, String argument) {
		this.jdbc
			.sql("""
					UPDATE checking_imports SET status = 'FAILED', failure = :reason, failure_args = :argument, finished_at = program_now()
					WHERE id = :id AND claimed_by = :node""")
			.param("reason", reason)
			.param("argument", argument)
			.param("id", id)
			.param("node", NODE)
			.update();
	}

	private record Job(byte[] content, String mapping, String separator) {
	}

}
