package org.satellite.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.fail;

/**
 * The Drug Checking BC file ({@code ../shared/data/drugcheckingbc-2018-2020.csv}, 15,300
 * rows) imported with the built-in mapping, the whole way: the file checked, queued,
 * claimed by the background worker, every row read and reported, names registered,
 * samples, strips and components written in one transaction. Rows per second, from the
 * worker's claim to the end ({@code import_rows_per_second}) and from the upload to the
 * end, queue wait included ({@code end_to_end_rows_per_second}), against the
 * <strong>baseline</strong>: PostgreSQL {@code COPY} of the same raw rows into a staging
 * table of text columns, in the same run.
 *
 * <p>
 * Each run first deletes the samples the previous run imported, so every run imports the
 * full file. Runs: {@code -Dbench.runs} (default 3).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CheckingImportBenchmark {

	static final Path FILE = Path.of("..", "shared", "data", "drugcheckingbc-2018-2020.csv");

	static final StaffMember CHECKER = new StaffMember("bench", Role.CHECKER, Optional.empty());

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void importsTheDrugCheckingBcFile() throws Exception {
		if (!Files.isReadable(FILE)) {
			fail("CheckingImportBenchmark was NOT run: it needs " + FILE.toAbsolutePath().normalize());
		}
		byte[] content = Files.readAllBytes(FILE);
		int runs = Integer.getInteger("bench.runs", 3);
		List<Double> copy = new ArrayList<>();
		List<Double> worker = new ArrayList<>();
		List<Double> endToEnd = new ArrayList<>();
		int rows = 0;
		int added = 0;
		for (int run = 0; run < runs; run++) {
			rows = copyRaw(content, copy);
			forgetImportedSamples();
			long start = System.nanoTime();
			UUID id = this.imports.upload(CHECKER, "bench.csv", new ByteArrayInputStream(content),
					ImportMapping.DRUG_CHECKING_BC, UUID.randomUUID().toString());
			ImportStatus status = waitFor(id);
			double seconds = (System.nanoTime() - start) / 1e9;
			double workerSeconds = this.jdbc
				.sql("SELECT extract(epoch FROM finished_at - started_at) FROM checking_imports WHERE id = :id")
				.param("id", id)
				.query(Double.class)
				.single();
			added = status.added();
			endToEnd.add(rows / seconds);
			worker.add(rows / workerSeconds);
		}
		Samples copySamples = Samples.of("1/s", copy);
		Samples workerSamples = Samples.of("1/s", worker);
		BenchmarkReport.named("CheckingImportBenchmark")
			.context("rows", rows)
			.context("runs", runs)
			.context("processors", Runtime.getRuntime().availableProcessors())
			.baseline("copy_rows_per_second", copySamples)
			.figure("import_rows_per_second", workerSamples)
			.figure("end_to_end_rows_per_second", Samples.of("1/s", endToEnd))
			.figure("import_over_copy", workerSamples.median() / copySamples.median(), "x")
			.figure("rows_added_last_run", added, "rows")
			.atLeast("rows_added_last_run", rows)
			.publish()
			.assertTargetsMet();
	}

	/**
	 * The baseline: COPY of the raw CSV rows, header skipped, into a staging table of
	 * text columns.
	 */
	private int copyRaw(byte[] content, List<Double> perSecond) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("""
						CREATE TEMP TABLE raw_rows (day TEXT, site TEXT, city TEXT, expected TEXT, fentanyl TEXT,
						  benzo TEXT, ftir TEXT) ON COMMIT DROP""");
			}
			long start = System.nanoTime();
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY raw_rows FROM STDIN WITH (FORMAT csv, HEADER true)",
						new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
			connection.commit();
			perSecond.add(copied / ((System.nanoTime() - start) / 1e9));
			return (int) copied;
		}
	}

	private void forgetImportedSamples() {
		this.jdbc.sql(
				"DELETE FROM sample_components WHERE sample_code IN (SELECT code FROM samples WHERE import_id IS NOT NULL)")
			.update();
		this.jdbc.sql(
				"DELETE FROM sample_strips WHERE sample_code IN (SELECT code FROM samples WHERE import_id IS NOT NULL)")
			.update();
		this.jdbc.sql("DELETE FROM samples WHERE import_id IS NOT NULL").update();
	}

	private ImportStatus waitFor(UUID id) throws InterruptedException {
		long deadline = System.nanoTime() + 600_000_000_000L;
		ImportStatus status = this.imports.status(id);
		while (!status.finished()) {
			if (System.nanoTime() > deadline) {
				fail("The import did not finish within 10 minutes");
			}
			Thread.sleep(50);
			status = this.imports.status(id);
		}
		return status;
	}

}
