package org.satellite.checking;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.ImportProblem;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.checking.internal.Sample;
import org.satellite.checking.internal.SampleResult;
import org.satellite.checking.internal.Samples;
import org.satellite.checking.internal.Strip;
import org.satellite.checking.internal.StripResult;
import org.satellite.checking.internal.Substance;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports of CSV files: rows that land, rows reported with their reason, files refused as
 * a whole with nothing kept, and a second import of the same file that adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CheckingImportIntegrationTests {

	static final StaffMember CHECKER = new StaffMember("import-test", Role.CHECKER, Optional.empty());

	static final String HEADER = "\"Date\",\"Site\",\"City/Town\",\"Expected Substance\",\"Fentanyl Test Strip\",\"Benzo Test Strip\",\"FTIR Spectrometer\"\n";

	@Autowired
	Imports imports;

	@Autowired
	ImportReports reports;

	@Autowired
	Samples samples;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsEveryReadableRowReportsTheOthersAndASecondImportAddsNothing() {
		String site = "Test " + UUID.randomUUID();
		String file = HEADER
				+ row("2021-03-01", site, "Fentanyl", "True", "False",
						"['Fentanyl HCl', 'Caffeine', 'Uncertain Match']")
				+ row("2021-03-01", site, "Fentanyl", "True", "False",
						"['Fentanyl HCl', 'Caffeine', 'Uncertain Match']")
				+ row("2021-03-02", site, "Cocaine", "Positive;Negative", "N/A", "['Cocaine Base', '']")
				+ row("not a date", site, "MDMA", "False", "N/A", "['MDMA']")
				+ row("2021-03-03", site, "MDMA", "Maybe", "N/A", "['MDMA']")
				+ row("2021-03-03", site, "Ketamine", "False", "N/A", "['Ketamine HCl', 'Caff") + "\"2021-03-04\",\""
				+ site + "\",\"Vancouver\"\n";

		ImportStatus first = runToEnd(
				this.imports.upload(CHECKER, "test.csv", stream(file), ImportMapping.DRUG_CHECKING_BC, key()));

		assertThat(first.status()).isEqualTo("DONE");
		assertThat(first.totalRows()).isEqualTo(7);
		assertThat(first.added()).isEqualTo(3);
		List<ImportProblem> problems = this.reports.problems(first.id());
		assertThat(problems).extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::landed)
			.containsExactly(Tuple.tuple(3L, "checking.import.row.sameFacts", true),
					Tuple.tuple(4L, "checking.import.row.stripBoth", true),
					Tuple.tuple(5L, "checking.import.row.date", false),
					Tuple.tuple(6L, "checking.import.row.strip", false),
					Tuple.tuple(7L, "checking.import.row.components", false),
					Tuple.tuple(8L, "checking.import.row.fields", false));
		assertThat(samplesFrom(site)).isEqualTo(3);
		Sample cocaine = this.samples.require(codeOf(site, "Cocaine"));
		assertThat(cocaine.strips()).containsEntry(Strip.FENTANYL, StripResult.INVALID);
		assertThat(cocaine.components()).extracting((c) -> c.name().written()).containsExactly("Cocaine Base");
		assertThat(cocaine.collectedOn()).hasToString("2021-03-02");

		ImportStatus second = runToEnd(
				this.imports.upload(CHECKER, "test.csv", stream(file), ImportMapping.DRUG_CHECKING_BC, key()));

		assertThat(second.added()).isZero();
		assertThat(second.alreadyThere()).isEqualTo(3);
		assertThat(samplesFrom(site)).isEqualTo(3);
	}

	@Test
	void importsWithAMappingChosenForAnotherLayout() {
		String place = "Town " + UUID.randomUUID().toString().substring(0, 8);
		String file = "Date checked,where,what,fent,found\n2021-04-01," + place
				+ ",Heroin,pos,Heroin HCl; Fentanyl HCl\n";
		UUID id = this.imports.upload(CHECKER, "other.csv", stream(file), null, key());
		Imports.Preview preview = this.imports.preview(id);
		assertThat(preview.header()).containsExactly("Date checked", "where", "what", "fent", "found");
		assertThat(preview.rows()).hasSize(1);
		assertThat(preview.mapping().date()).isEqualTo("Date checked");

		this.imports.start(CHECKER, id,
				new ImportMapping("Date checked", null, "where", "what", "fent", null, null, "found"));
		ImportStatus status = runToEnd(id);

		assertThat(status.added()).isEqualTo(1);
		String code = this.jdbc.sql("SELECT code FROM samples WHERE city = :city")
			.param("city", place)
			.query(String.class)
			.single();
		SampleResult result = SampleResult.of(this.samples.require(code));
		assertThat(result.found()).extracting(Substance::nameEn).containsExactly("Heroin", "Fentanyl");
		assertThat(result.sample().strips()).containsEntry(Strip.FENTANYL, StripResult.POSITIVE);
	}

	@Test
	void refusesAFileThatIsNotUtf8AndKeepsNothing() {
		byte[] latin1 = (HEADER + row("2021-05-01", "Café", "MDMA", "False", "N/A", "['MDMA']"))
			.getBytes(StandardCharsets.ISO_8859_1);
		int before = importCount();

		assertRefused(() -> this.imports.upload(CHECKER, "latin1.csv", new ByteArrayInputStream(latin1),
				ImportMapping.DRUG_CHECKING_BC, key()), "checking.error.notUtf8");
		assertThat(importCount()).isEqualTo(before);
	}

	@Test
	void refusesAFileWithoutTheMappedColumns() {
		String file = "\"Date\",\"Site\"\n\"2021-05-01\",\"X\"\n";

		assertRefused(
				() -> this.imports.upload(CHECKER, "short.csv", stream(file), ImportMapping.DRUG_CHECKING_BC, key()),
				"checking.error.missingColumns");
	}

	@Test
	void refusesAFileWhoseQuoteNeverClosesAndKeepsNothing() {
		String file = HEADER + row("2021-05-02", "Q", "MDMA", "False", "N/A", "['MDMA']")
				+ "\"2021-05-03\",\"Q,\"MDMA\n";
		int before = importCount();

		assertRefused(
				() -> this.imports.upload(CHECKER, "quote.csv", stream(file), ImportMapping.DRUG_CHECKING_BC, key()),
				"checking.error.malformedCsv");
		assertThat(importCount()).isEqualTo(before);
	}

	@Test
	void refusesA200MegabyteFileWithoutReadingItAll() {
		InputStream huge = new InputStream() {
			long left = 200L * 1024 * 1024;

			@Override
			public int read() {
				return (this.left-- > 0) ? 'x' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, this.left);
				Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				this.left -= n;
				return n;
			}
		};
		int before = importCount();

		assertRefused(() -> this.imports.upload(CHECKER, "huge.csv", huge, ImportMapping.DRUG_CHECKING_BC, key()),
				"checking.error.fileTooLarge");
		assertThat(importCount()).isEqualTo(before);
	}

	@Test
	void onlyCheckersAndAdminsImport() {
		StaffMember peer = new StaffMember("peer", Role.PEER_WORKER, Optional.of("SAT-01"));

		assertThatThrownBy(
				() -> this.imports.upload(peer, "x.csv", stream(HEADER), ImportMapping.DRUG_CHECKING_BC, key()))
			.isInstanceOf(NotAllowed.class);
	}

	ImportStatus runToEnd(UUID id) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		ImportStatus status = this.imports.status(id);
		while (!status.finished() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			status = this.imports.status(id);
		}
		assertThat(status.finished()).as("import %s finished within a minute", id).isTrue();
		return status;
	}

	private int samplesFrom(String site) {
		return this.jdbc.sql("SELECT count(*) FROM samples WHERE source_site = :site")
			.param("site", site)
			.query(Integer.class)
			.single();
	}

	private String codeOf(String site, String expected) {
		return this.jdbc.sql("SELECT code FROM samples WHERE source_site = :site AND expected_written = :expected")
			.param("site", site)
			.param("expected", expected)
			.query(String.class)
			.single();
	}

	private int importCount() {
		return this.jdbc.sql("SELECT count(*) FROM checking_imports").query(Integer.class).single();
	}

	static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo(code);
	}

	static String row(String date, String site, String expected, String fentanyl, String benzo, String ftir) {
		return String.join(",",
				List.of(date, site, "Vancouver", expected, fentanyl, benzo, ftir)
					.stream()
					.map((value) -> "\"" + value.replace("\"", "\"\"") + "\"")
					.toList())
				+ "\n";
	}

	static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

}
