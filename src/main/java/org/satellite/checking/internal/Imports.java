package org.satellite.checking.internal;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of historical drug checking results from CSV files of any layout.
 *
 * <p>
 * A file is checked as a whole when it comes in (size, UTF-8, separator, header, quotes);
 * a file that fails is refused with the reason and nothing is kept. Then it waits for its
 * mapping ({@link #preview}), is queued ({@link #start}) and runs in the background on
 * whichever node claims it first. Its samples land in one transaction at the end, and
 * samples already there (the same facts, from this layout or another) are reported, not
 * added. With a saved mapping a file is queued as it comes in.
 */
@Service
public class Imports {

	private final JdbcClient jdbc;

	private final Idempotency idempotency;

	private final ApplicationEventPublisher events;

	private final ImportMappings mappings;

	private final ProgramTime time;

	Imports(JdbcClient jdbc, Idempotency idempotency, ApplicationEventPublisher events, ImportMappings mappings,
			ProgramTime time) {
		this.jdbc = jdbc;
		this.idempotency = idempotency;
		this.events = events;
		this.mappings = mappings;
		this.time = time;
	}

	/**
	 * Takes a file in, its separator found from its header; see
	 * {@link #upload(StaffMember, Upload)}.
	 */
	@Transactional
	public UUID upload(StaffMember by, String fileName, InputStream content, ImportMapping mapping,
			String idempotencyKey) {
		return upload(by, new Upload(fileName, content, mapping, null, null, idempotencyKey));
	}

	/**
	 * Takes a file in for a preview; refused at once when it is not a readable CSV file.
	 * With a mapping (given, or saved under {@code mappingName}) it is queued straight
	 * away, and refused when the file lacks its columns.
	 */
	@Transactional
	public UUID upload(StaffMember by, Upload upload) {
		Samples.requireChecker(by);
		byte[] bytes = CsvFile.read(upload.content());
		CsvFile.Parsed parsed = CsvFile.parse(CsvFile.text(bytes), upload.separator());
		ImportMapping mapping = (upload.mappingName() != null && !upload.mappingName().isBlank())
				? this.mappings.require(upload.mappingName()) : upload.mapping();
		if (mapping != null) {
			requireColumns(mapping, parsed);
		}
		String name = (upload.fileName() == null || upload.fileName().isBlank()) ? "import.csv"
				: upload.fileName().strip();
		String sha = sha256(bytes);
		String written = (mapping != null) ? mapping.write() : "";
		Idempotency.Outcome outcome = this.idempotency.once("checking-import", upload.idempotencyKey(),
				Idempotency.fingerprint(sha, written, String.valueOf(parsed.separator())), (id) -> {
					this.jdbc
						.sql("""
								INSERT INTO checking_imports (id, file_name, file_sha256, content, mapping, mapping_name, separator,
								  status, total_rows, created_by)
								VALUES (:id, :name, :sha, :content, :mapping, :mappingName, :separator, :status, :rows, :by)""")
						.param("id", id)
						.param("name", (name.length() > 200) ? name.substring(0, 200) : name)
						.param("sha", sha)
						.param("content", bytes)
						.param("mapping", (mapping != null) ? written : null)
						.param("mappingName", (mapping != null) ? upload.mappingName() : null)
						.param("separator", String.valueOf(parsed.separator()))
						.param("status", (mapping != null) ? "QUEUED" : "PREVIEW")
						.param("rows", parsed.records().size())
						.param("by", by.username())
						.update();
					this.events.publishEvent(new Audited("checking.import-uploaded", name, sha));
				});
		return outcome.id();
	}

	/**
	 * The file's header and first rows with a mapping guessed for it: a saved mapping
	 * whose columns it has, the Drug Checking BC one when it fits, else one guessed from
	 * the column names and the dates.
	 */
	public Preview preview(UUID id) {
		CsvFile.Parsed parsed = waiting(id);
		ImportMapping guess = this.mappings.all()
			.stream()
			.map(ImportMappings.Saved::mapping)
			.filter((saved) -> saved.missingFrom(parsed.header()).isEmpty())
			.findFirst()
			.orElseGet(() -> ImportMapping.DRUG_CHECKING_BC.missingFrom(parsed.header()).isEmpty()
					? ImportMapping.DRUG_CHECKING_BC : MappingGuess.of(parsed));
		return preview(id, parsed, guess);
	}

	/** The file as it will be read with a mapping a person is trying, nothing changed. */
	public Preview preview(UUID id, ImportMapping mapping) {
		CsvFile.Parsed parsed = waiting(id);
		if (mapping.date() != null) {
			requireColumns(mapping, parsed);
		}
		return preview(id, parsed, mapping);
	}

	/**
	 * Reads a file waiting for its mapping with another separator from now on, when a
	 * person sees that the one found from its header is wrong. Refused, changing nothing,
	 * when the file cannot be read with it.
	 */
	@Transactional
	public void readWith(StaffMember by, UUID id, char separator) {
		Samples.requireChecker(by);
		if (!CsvFile.SEPARATORS.contains(separator)) {
			throw new Refusal("checking.error.separator", String.valueOf(separator));
		}
		String current = this.jdbc.sql("SELECT separator FROM checking_imports WHERE id = :id AND status = 'PREVIEW'")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownImport"));
		if (String.valueOf(separator).equals(current)) {
			return;
		}
		this.jdbc.sql("UPDATE checking_imports SET separator = :separator WHERE id = :id AND status = 'PREVIEW'")
			.param("separator", String.valueOf(separator))
			.param("id", id)
			.update();
		CsvFile.Parsed parsed = waiting(id);
		this.jdbc.sql("UPDATE checking_imports SET total_rows = :rows WHERE id = :id")
			.param("rows", parsed.records().size())
			.param("id", id)
			.update();
	}

	/**
	 * Queues a previewed file with the mapping a person chose, saving it under
	 * {@code saveAs} when given.
	 */
	@Transactional
	public void start(StaffMember by, UUID id, ImportMapping mapping, String saveAs) {
		Samples.requireChecker(by);
		CsvFile.Parsed parsed = waiting(id);
		if (mapping == null || mapping.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		requireColumns(mapping, parsed);
		boolean saving = saveAs != null && !saveAs.isBlank();
		if (saving) {
			this.mappings.save(by, saveAs, mapping);
		}
		this.jdbc.sql("""
				UPDATE checking_imports SET mapping = :mapping, mapping_name = :name, status = 'QUEUED'
				WHERE id = :id AND status = 'PREVIEW'""")
			.param("mapping", mapping.write())
			.param("name", saving ? saveAs.strip() : null)
			.param("id", id)
			.update();
	}

	@Transactional
	public void start(StaffMember by, UUID id, ImportMapping mapping) {
		start(by, id, mapping, null);
	}

	public ImportStatus status(UUID id) {
		return this.jdbc
			.sql("""
					SELECT id, file_name, status, total_rows, read_rows, added, already_there, failure, failure_args AS failure_argument,
					       (SELECT count(*) FROM checking_import_errors e WHERE e.import_id = i.id) AS problems,
					       new_names, coalesce(separator, ',') AS separator, mapping_name, created_at, finished_at
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

	private CsvFile.Parsed waiting(UUID id) {
		record Waiting(byte[] content, String separator) {
		}
		Waiting file = this.jdbc
			.sql("SELECT content, separator FROM checking_imports WHERE id = :id AND status = 'PREVIEW'")
			.param("id", id)
			.query((rs, row) -> new Waiting(rs.getBytes("content"), rs.getString("separator")))
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownImport"));
		Character separator = (file.separator() == null || file.separator().isEmpty()) ? null
				: file.separator().charAt(0);
		return CsvFile.parse(CsvFile.text(file.content()), separator);
	}

	private Preview preview(UUID id, CsvFile.Parsed parsed, ImportMapping mapping) {
		List<List<String>> rows = parsed.records().stream().limit(5).map(CSVRecord::toList).toList();
		ImportPreview dryRun = (mapping.date() != null) ? ImportPreview.of(parsed, mapping, this.time.today()) : null;
		return new Preview(status(id), parsed.header(), rows, mapping, dryRun);
	}

	/**
	 * Refuses a mapping whose columns the file lacks, naming the real cause: a header
	 * read as one column that holds another separator (the file was read with the wrong
	 * one), or the columns missing and those the file has.
	 */
	static void requireColumns(ImportMapping mapping, CsvFile.Parsed parsed) {
		if (mapping.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		List<String> missing = mapping.missingFrom(parsed.header());
		if (missing.isEmpty()) {
			return;
		}
		String header = String.join("", parsed.header());
		for (char other : CsvFile.SEPARATORS) {
			if (other != parsed.separator() && header.indexOf(other) >= 0
					&& (parsed.header().size() == 1 || other == parsed.detected())) {
				throw new Refusal("checking.error.wrongSeparator", words(parsed.separator()), words(other));
			}
		}
		throw new Refusal("checking.error.missingColumns", String.join(", ", missing),
				String.join(", ", parsed.header()));
	}

	private static DefaultMessageSourceResolvable words(char separator) {
		return new DefaultMessageSourceResolvable(CsvFile.separatorName(separator));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A file to import.
	 *
	 * @param mapping how to read it, or {@code null} to preview it first
	 * @param separator the separator to read it with, or {@code null} to find it from its
	 * header
	 * @param mappingName a saved mapping to use instead of {@code mapping}
	 */
	public record Upload(String fileName, InputStream content, ImportMapping mapping, Character separator,
			String mappingName, String idempotencyKey) {
	}

	/**
	 * What a person sees before starting an import.
	 *
	 * @param dryRun the whole file read with {@code mapping}, or {@code null} while it
	 * has no date column
	 */
	public record Preview(ImportStatus status, List<String> header, List<List<String>> rows, ImportMapping mapping,
			ImportPreview dryRun) {
	}

}
