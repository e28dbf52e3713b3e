package org.satellite.checking;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.satellite.checking.internal.CsvFile;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of historical drug checking results from CSV files.
 *
 * <p>
 * A file is checked as a whole when it comes in (size, UTF-8, header, quotes); a file that fails is refused with the
 * reason and nothing is kept. Then it waits for its column mapping ({@link #preview}), is queued ({@link #start}) and
 * runs in the background on whichever node claims it first. Its samples land in one transaction at the end: a file
 * is imported entirely or not at all, and rows already imported are skipped, so importing a file again adds nothing.
 */
@Service
public class Imports {

	private final JdbcClient jdbc;

	private final Idempotency idempotency;

	private final ApplicationEventPublisher events;

	Imports(JdbcClient jdbc, Idempotency idempotency, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.idempotency = idempotency;
		this.events = events;
	}

	/**
	 * Takes a file in for a preview; refused at once when it is not a readable CSV file. With a mapping it is queued
	 * straight away.
	 */
	@Transactional
	public UUID upload(StaffMember by, String fileName, InputStream content, ImportMapping mapping, String idempotencyKey) {
		Samples.requireChecker(by);
		byte[] bytes = CsvFile.read(content);
		CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(bytes));
		if (mapping != null) {
			requireColumns(mapping, parsed.header());
		}
		String name = (fileName == null || fileName.isBlank()) ? "import.csv" : fileName.strip();
		String sha = sha256(bytes);
		Idempotency.Outcome outcome = this.idempotency.once("checking-import", idempotencyKey,
				Idempotency.fingerprint(sha, (mapping != null) ? mapping.write() : ""), (id) -> {
					this.jdbc.sql("""
							INSERT INTO checking_imports (id, file_name, file_sha256, content, mapping, status, total_rows, created_by)
							VALUES (:id, :name, :sha, :content, :mapping, :status, :rows, :by)""")
						.param("id", id)
						.param("name", (name.length() > 200) ? name.substring(0, 200) : name)
						.param("sha", sha)
						.param("content", bytes)
						.param("mapping", (mapping != null) ? mapping.write() : null)
						.param("status", (mapping != null) ? "QUEUED" : "PREVIEW")
						.param("rows", parsed.records().size())
						.param("by", by.username())
						.update();
					this.events.publishEvent(new Audited("checking.import-uploaded", name, sha));
				});
		return outcome.id();
	}

	/**
	 * The file's header and first rows, and a mapping guessed from the header (the Drug Checking BC one when it
	 * fits), for a person to check before starting.
	 */
	public Preview preview(UUID id) {
		byte[] bytes = this.jdbc.sql("SELECT content FROM checking_imports WHERE id = :id AND status = 'PREVIEW'")
			.param("id", id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownImport"));
		CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(bytes));
		List<List<String>> rows = parsed.records().stream().limit(5).map(CSVRecord::toList).toList();
		ImportMapping guess = ImportMapping.DRUG_CHECKING_BC.missingFrom(parsed.header()).isEmpty()
				? ImportMapping.DRUG_CHECKING_BC : guess(parsed.header());
		return new Preview(status(id), parsed.header(), rows, guess);
	}

	/** Queues a previewed file with the mapping a person chose. */
	@Transactional
	public void start(StaffMember by, UUID id, ImportMapping mapping) {
		Samples.requireChecker(by);
		Preview preview = preview(id);
		if (mapping == null || mapping.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		requireColumns(mapping, preview.header());
		this.jdbc.sql("UPDATE checking_imports SET mapping = :mapping, status = 'QUEUED' WHERE id = :id AND status = 'PREVIEW'")
			.param("mapping", mapping.write())
			.param("id", id)
			.update();
	}

	public ImportStatus status(UUID id) {
		return this.jdbc.sql("""
				SELECT id, file_name, status, total_rows, read_rows, added, already_there, failure, failure_args AS failure_argument,
				       (SELECT count(*) FROM checking_import_errors e WHERE e.import_id = i.id) AS problems,
				       created_at, finished_at
				FROM checking_imports i WHERE id = :id""")
			.param("id", id)
			.query(ImportStatus.class)
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownImport"));
	}

	public List<ImportStatus> latest() {
		return this.jdbc.sql("SELECT id FROM checking_imports ORDER BY created_at DESC LIMIT 20")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::status)
			.toList();
	}

	public List<ImportProblem> problems(UUID id) {
		status(id);
		return this.jdbc.sql("""
				SELECT line, reason, argument, excerpt, landed FROM checking_import_errors
				WHERE import_id = :id ORDER BY line, reason""")
			.param("id", id)
			.query(ImportProblem.class)
			.list();
	}

	private static void requireColumns(ImportMapping mapping, List<String> header) {
		if (mapping.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		List<String> missing = mapping.missingFrom(header);
		if (!missing.isEmpty()) {
			throw new Refusal("checking.error.missingColumns", String.join(", ", missing));
		}
	}

	private static ImportMapping guess(List<String> header) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (String column : header) {
			String name = column.toLowerCase(java.util.Locale.ROOT);
			if (name.contains("date")) {
				map.putIfAbsent("date", column);
			}
			else if (name.contains("city") || name.contains("ville")) {
				map.putIfAbsent("city", column);
			}
			else if (name.contains("site")) {
				map.putIfAbsent("site", column);
			}
			else if (name.contains("expect")) {
				map.putIfAbsent("expected", column);
			}
			else if (name.contains("fent")) {
				map.putIfAbsent("fentanylStrip", column);
			}
			else if (name.contains("benzo")) {
				map.putIfAbsent("benzoStrip", column);
			}
			else if (name.contains("xyla")) {
				map.putIfAbsent("xylazineStrip", column);
			}
			else if (name.contains("ftir") || name.contains("component")) {
				map.putIfAbsent("components", column);
			}
		}
		return ImportMapping.fromMap(map);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a person sees before starting an import.
	 */
	public record Preview(ImportStatus status, List<String> header, List<List<String>> rows, ImportMapping mapping) {
	}

}
