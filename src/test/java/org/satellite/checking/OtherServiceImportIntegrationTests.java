package org.satellite.checking;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.satellite.api.TestTokens;
import org.satellite.checking.internal.ImportProblem;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.web.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Done means, for imports from any service: the samples of the Drug Checking BC file
 * ({@code ../shared/data/drugcheckingbc-2018-2020.csv}), rewritten here at run time the
 * way another service exports them (semicolons, CRLF, a byte order mark, day-first dates
 * with a time, French strip words and one word of the service's own, components joined
 * with " + ", other column names in another order, a sample number, rows in reverse
 * order, one line repeated), import from the mapping screen alone with every row, every
 * component and every strip reading kept. Importing that file again with its saved
 * mapping, or the same samples in the Drug Checking BC layout over the API, adds nothing
 * and reports them as already there.
 *
 * <p>
 * The expected samples are computed from the original file with commons-csv and a regular
 * expression, not by the importer. This class has a context of its own
 * ({@code properties}), hence a database of its own, so that what it counts is what it
 * imported. The context is closed after the class ({@link DirtiesContext}): left running,
 * it would stay bound to the tests' shared SMS centre and take SMS meant for the other
 * tests' context.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "satellite.test.database=other-service-import")
@ActiveProfiles("test")
class OtherServiceImportIntegrationTests {

	static final Path FILE = Path.of("..", "shared", "data", "drugcheckingbc-2018-2020.csv");

	static final StaffMember CHECKER = new StaffMember("checker", Role.CHECKER, Optional.empty());

	static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	static final Map<String, String> FRENCH = Map.of("True", "Positif", "False", "Négatif", "N/A", "Non testé",
			"Invalid", "Invalide", "Positive;Negative", "Positif;Négatif");

	static final Map<String, String> READING = Map.of("True", "POSITIVE", "False", "NEGATIVE", "Invalid", "INVALID",
			"Positive;Negative", "INVALID");

	static final String SOURCE = "Service B – export mensuel";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Imports imports;

	@Autowired
	ImportReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherServiceLayoutImportsFromTheMappingScreenWithEverythingKeptAndTheSameSamplesAgainAddNothing()
			throws Exception {
		if (!Files.isReadable(FILE)) {
			fail("This test was NOT run: it needs the Drug Checking BC file at " + FILE.toAbsolutePath().normalize()
					+ " (the shared data folder next to the project). Put ../shared/data in place and run it again.");
		}
		byte[] dcbc = Files.readAllBytes(FILE);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(dcbc, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).hasSize(15_300);
		assertThat(importedSamples()).as("this test counts what it imports in a database of its own").isZero();
		byte[] other = otherLayout(records);

		WebSession page = new WebSession(this.port);
		page.login("checker", "satellite-demo");
		UUID first = this.imports.upload(CHECKER, "service-b-2020.csv", new ByteArrayInputStream(other), null, key());
		String preview = page.get("/app/checking/imports/" + first).body();

		assertThat(preview).contains("Columns are separated by semicolons");
		assertThat(preview).contains("<option value=\"DAY_FIRST\" selected=\"selected\"");
		assertThat(preview).contains("“Pas fait”");

		Map<String, String> form = new TreeMap<>(Map.of("date", "Jour de l’analyse", "site", "Lieu", "city", "Ville",
				"expected", "Substance attendue", "fentanylStrip", "Bandelette fentanyl", "benzoStrip",
				"Bandelette benzo", "components", "Composants (FTIR)", "sampleId", "No échantillon", "dateFormat",
				"DAY_FIRST", "componentSeparator", "+"));
		// WebSession encodes values only; the key of a word holds a space and a colon.
		form.put(URLEncoder.encode("word:Pas fait", StandardCharsets.UTF_8), "NOT_TESTED");
		form.put("action", "check");
		String checked = page.post("/app/checking/imports/" + first + "/start", form).body();

		assertThat(checked).contains("15,300 of 15,301 rows will be imported.");
		assertThat(checked).contains("Lines repeating a sample number: 1 row");
		assertThat(checked).doesNotContain("“Pas fait” (used");
		assertThat(checked).contains("<time datetime=\"2018-06-20\">20 June 2018</time>");

		form.put("action", "import");
		form.put("saveAs", SOURCE);
		page.post("/app/checking/imports/" + first + "/start", form);
		ImportStatus imported = runToEnd(first);

		assertThat(imported.status()).isEqualTo("DONE");
		assertThat(imported.added()).isEqualTo(15_300);
		assertThat(imported.separator()).isEqualTo(";");
		assertThat(this.reports.problems(first)).filteredOn((p) -> !p.landed())
			.extracting(ImportProblem::reason)
			.containsExactly("checking.import.row.repeated");
		assertThat(samplesOf(first)).as("every row, component and strip reading of the file, once")
			.isEqualTo(expected(records));
		assertThat(withFentanylFound(first)).isEqualTo(records.stream()
			.filter((r) -> r.get("FTIR Spectrometer").toLowerCase(Locale.ROOT).contains("fentanyl"))
			.count());
		assertThat(imported.newNames()).isPositive();
		String report = page.get("/app/checking/imports/" + first).body();
		assertThat(report).contains("Lines repeating a sample number: 1 row not imported")
			.contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(imported.newNames()) + " new name")
			.contains("to the review queue.")
			.doesNotContain("checking.import.");

		UUID again = this.imports.upload(CHECKER, new Imports.Upload("service-b-2020-again.csv",
				new ByteArrayInputStream(other), null, null, SOURCE, key()));
		ImportStatus second = runToEnd(again);

		assertThat(second.mappingName()).isEqualTo(SOURCE);
		assertThat(second.added()).isZero();
		assertThat(second.alreadyThere()).isEqualTo(15_300);
		assertThat(second.newNames()).isZero();
		assertThat(this.reports.summary(again)).extracting(ImportReports.Reason::reason, ImportReports.Reason::rows)
			.contains(Tuple.tuple("checking.import.row.alreadyThere", 15_300));
		String csv = page.get("/app/checking/imports/" + again + "/report.csv").body();
		assertThat(csv.lines().filter((line) -> line.contains("already imported"))).hasSize(15_300);

		String token = TestTokens.issue(this.port, "checker", "satellite-demo");
		HttpResponse<String> wrongSeparator = upload(token, other, "format=drug-checking-bc&separator=comma");
		assertThat(wrongSeparator.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(wrongSeparator.body()).get("detail").asString())
			.contains("read with commas between columns, but its header row is separated by semicolons");
		HttpResponse<String> asDcbc = upload(token, dcbc, "format=drug-checking-bc");
		assertThat(asDcbc.statusCode()).as(asDcbc.body()).isEqualTo(202);
		ImportStatus third = runToEnd(UUID.fromString(JSON.readTree(asDcbc.body()).get("id").asString()));

		assertThat(third.added()).isZero();
		assertThat(third.alreadyThere()).isEqualTo(15_300);
		assertThat(importedSamples()).isEqualTo(15_300);
	}

	/** The same samples as another service would export them. */
	static byte[] otherLayout(List<CSVRecord> records) throws Exception {
		StringWriter text = new StringWriter();
		text.write('\uFEFF');
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
		try (CSVPrinter csv = new CSVPrinter(text, format)) {
			csv.printRecord("No échantillon", "Ville", "Composants (FTIR)", "Jour de l’analyse", "Substance attendue",
					"Bandelette benzo", "Bandelette fentanyl", "Lieu");
			List<CSVRecord> reversed = new ArrayList<>(records);
			Collections.reverse(reversed);
			int number = 0;
			for (CSVRecord r : reversed) {
				String date = r.get("Date");
				List<Object> line = List.of("B-" + (++number), r.get("City/Town"), String.join(" + ", components(r)),
						date.substring(8, 10) + "/" + date.substring(5, 7) + "/" + date.substring(0, 4) + " 14:30",
						r.get("Expected Substance"),
						r.get("Benzo Test Strip").equals("N/A") ? "Pas fait" : FRENCH.get(r.get("Benzo Test Strip")),
						FRENCH.get(r.get("Fentanyl Test Strip")), r.get("Site"));
				csv.printRecord(line);
				if (number == 100) {
					csv.printRecord(line);
				}
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static List<String> components(CSVRecord record) {
		List<String> names = new ArrayList<>();
		Matcher matcher = QUOTED.matcher(record.get("FTIR Spectrometer"));
		while (matcher.find()) {
			if (!matcher.group(1).isBlank()) {
				names.add(matcher.group(1).strip());
			}
		}
		return names;
	}

	/**
	 * Each sample of the file as one line: day, site, city, expected, components (sorted,
	 * lower case), strips.
	 */
	static List<String> expected(List<CSVRecord> records) {
		List<String> samples = new ArrayList<>();
		for (CSVRecord r : records) {
			List<String> names = new ArrayList<>(
					components(r).stream().map((n) -> n.toLowerCase(Locale.ROOT)).toList());
			Collections.sort(names);
			List<String> strips = new ArrayList<>();
			if (READING.containsKey(r.get("Benzo Test Strip"))) {
				strips.add("BENZODIAZEPINE=" + READING.get(r.get("Benzo Test Strip")));
			}
			if (READING.containsKey(r.get("Fentanyl Test Strip"))) {
				strips.add("FENTANYL=" + READING.get(r.get("Fentanyl Test Strip")));
			}
			samples.add(String.join("|", r.get("Date"), r.get("Site").strip(), r.get("City/Town").strip(),
					r.get("Expected Substance").strip(), String.join(",", names), String.join(",", strips)));
		}
		Collections.sort(samples);
		return samples;
	}

	List<String> samplesOf(UUID importId) {
		List<String> samples = new ArrayList<>(this.jdbc.sql("""
				SELECT concat_ws('|', s.collected_on::text, coalesce(s.source_site, ''), coalesce(s.city, ''),
				         coalesce(s.expected_written, ''),
				         coalesce((SELECT string_agg(lower(c.written), ',' ORDER BY lower(c.written) COLLATE "C")
				                   FROM sample_components c WHERE c.sample_code = s.code), ''),
				         coalesce((SELECT string_agg(t.strip || '=' || t.result, ',' ORDER BY t.strip COLLATE "C")
				                   FROM sample_strips t WHERE t.sample_code = s.code), ''))
				FROM samples s WHERE s.import_id = :id""").param("id", importId).query(String.class).list());
		Collections.sort(samples);
		return samples;
	}

	int importedSamples() {
		return this.jdbc.sql("SELECT count(*) FROM samples WHERE import_id IS NOT NULL").query(Integer.class).single();
	}

	long withFentanylFound(UUID importId) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM samples s WHERE s.import_id = :id
					AND EXISTS (SELECT 1 FROM sample_components c WHERE c.sample_code = s.code AND c.written ILIKE '%fentanyl%')""")
			.param("id", importId)
			.query(Long.class)
			.single();
	}

	HttpResponse<String> upload(String token, byte[] content, String query) throws Exception {
		String boundary = "----satellite" + UUID.randomUUID();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"samples.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/checking/imports?" + query))
				.header("Authorization", "Bearer " + token)
				.header("Idempotency-Key", key())
				.header("Accept-Language", "en")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	ImportStatus runToEnd(UUID id) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		ImportStatus status = this.imports.status(id);
		while (!status.finished()) {
			assertThat(System.nanoTime()).as("import %s finished within 3 minutes: %s", id, status)
				.isLessThan(deadline);
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			status = this.imports.status(id);
		}
		return status;
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

}
