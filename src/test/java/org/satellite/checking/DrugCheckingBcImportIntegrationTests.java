package org.satellite.checking;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.satellite.api.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real Drug Checking BC file ({@code ../shared/data/drugcheckingbc-2018-2020.csv}),
 * imported over the API as a partner system would, with the built-in mapping: every row
 * lands or is reported, the public figures on {@code /data} match the file month by
 * month, and a second import adds nothing.
 *
 * <p>
 * The expected figures are computed here straight from the CSV with a plain commons-csv
 * pass and a regular expression over the FTIR list, independently of the importer.
 * Fentanyl: a {@code True} fentanyl strip or FTIR naming fentanyl, its analogue or
 * carfentanil; benzodiazepines: a {@code True} benzo strip or FTIR naming one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DrugCheckingBcImportIntegrationTests {

	static final Path FILE = Path.of("..", "shared", "data", "drugcheckingbc-2018-2020.csv");

	static final Set<String> FENTANYL = Set.of("fentanyl hcl", "fentanyl or analog", "carfentanil hcl");

	static final Set<String> BENZODIAZEPINES = Set.of("etizolam", "alprazolam", "diazepam", "lorazepam",
			"flualprazolam", "temazepam", "adinazolam", "nimetazepam", "clonazepam", "bromazolam", "flubromazolam");

	static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void importsTheWholeFileWithFiguresOnDataThatMatchItAndASecondImportAddsNothing() throws Exception {
		if (!Files.isReadable(FILE)) {
			fail("This test was NOT run: it needs the Drug Checking BC file at " + FILE.toAbsolutePath().normalize()
					+ " (the shared data folder next to the project). Put ../shared/data in place and run it again.");
		}
		byte[] content = Files.readAllBytes(FILE);
		Map<String, int[]> expected = expectedByMonth(content);
		int rows = expected.values().stream().mapToInt((counts) -> counts[0]).sum();
		assertThat(rows).isEqualTo(15_300);
		String token = TestTokens.issue(this.port, "checker", "satellite-demo");

		JsonNode first = runToEnd(token, upload(token, content));

		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("totalRows").asInt()).isEqualTo(15_300);
		JsonNode problems = JSON
			.readTree(get(token, "/api/v1/checking/imports/" + first.get("id").asString() + "/problems").body());
		int notLanded = 0;
		for (JsonNode problem : problems) {
			notLanded += problem.get("landed").asBoolean() ? 0 : 1;
		}
		assertThat(first.get("added").asInt() + notLanded).as("every row lands or is reported").isEqualTo(15_300);
		assertThat(notLanded).isZero();
		assertThat(problems).anySatisfy(
				(problem) -> assertThat(problem.get("reason").asString()).isEqualTo("checking.import.row.stripBoth"));

		Map<String, List<String>> shown = monthlyFromData();
		String page = get(null, "/data").body();
		for (Map.Entry<String, int[]> month : expected.entrySet()) {
			int[] counts = month.getValue();
			List<String> figures = shown.get(month.getKey());
			assertThat(figures).as("month %s on /data", month.getKey()).isNotNull();
			assertShownOrSuppressed(figures.get(0), counts[0], "samples in " + month.getKey());
			assertShownOrSuppressed(figures.get(1), counts[1], "fentanyl in " + month.getKey());
			assertShownOrSuppressed(figures.get(2), counts[2], "benzodiazepines in " + month.getKey());
			if (figures.get(0).matches("\\d+") && figures.get(1).matches("\\d+")) {
				String share = counts[1] + " (" + Math.round(100.0 * counts[1] / counts[0]) + "%)";
				assertThat(page).as("share with fentanyl in %s on /data", month.getKey()).contains(share);
			}
		}

		// Each year's samples, as published, are the file's rows of that year counted by
		// hand.
		Map<String, Integer> byYear = new TreeMap<>();
		expected.forEach((month, counts) -> byYear.merge(month.substring(0, 4), counts[0], Integer::sum));
		String figuresCsv = get(null, "/data/checking-figures.csv").body();
		for (Map.Entry<String, Integer> year : byYear.entrySet()) {
			assertThat(figuresCsv).as("samples of %s", year.getKey())
				.containsPattern("(?m)^YEAR," + year.getKey() + ",[-0-9]+,[-0-9]+,ALL," + year.getValue() + ",");
		}

		JsonNode second = runToEnd(token, upload(token, content));

		assertThat(second.get("added").asInt()).isZero();
		assertThat(second.get("alreadyThere").asInt()).isEqualTo(15_300);
		assertThat(monthlyFromData()).isEqualTo(shown);
	}

	/** Per month: samples, with fentanyl, with benzodiazepines. */
	static Map<String, int[]> expectedByMonth(byte[] content) throws IOException {
		Map<String, int[]> months = new TreeMap<>();
		try (Reader reader = new StringReader(new String(content, StandardCharsets.UTF_8))) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				List<String> found = new ArrayList<>();
				Matcher matcher = QUOTED.matcher(record.get("FTIR Spectrometer"));
				while (matcher.find()) {
					found.add(matcher.group(1).strip().toLowerCase(Locale.ROOT));
				}
				boolean fentanyl = record.get("Fentanyl Test Strip").equals("True")
						|| found.stream().anyMatch(FENTANYL::contains);
				boolean benzo = record.get("Benzo Test Strip").equals("True")
						|| found.stream().anyMatch(BENZODIAZEPINES::contains);
				int[] counts = months.computeIfAbsent(record.get("Date").substring(0, 7), (key) -> new int[3]);
				counts[0]++;
				counts[1] += fentanyl ? 1 : 0;
				counts[2] += benzo ? 1 : 0;
			}
		}
		return months;
	}

	/**
	 * The "ALL" rows of the dashboard's own CSV: month to samples, fentanyl,
	 * benzodiazepines, notable.
	 */
	Map<String, List<String>> monthlyFromData() throws Exception {
		Map<String, List<String>> months = new TreeMap<>();
		String csv = get(null, "/data/checking-monthly.csv").body();
		for (CSVRecord record : CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			if (record.get("expected_class").equals("ALL")) {
				months.put(record.get("month"), List.of(record.get("samples"), record.get("with_fentanyl"),
						record.get("with_benzodiazepine"), record.get("with_notable")));
			}
		}
		return months;
	}

	/**
	 * A small count reads "<5"; any other is its number, or "hidden" when it protects a
	 * small one, never "<5".
	 */
	static void assertShownOrSuppressed(String shown, int expected, String what) {
		if (expected < 5) {
			assertThat(shown).as(what).isEqualTo("<5");
		}
		else if (!shown.equals("hidden")) {
			assertThat(shown).as(what).isEqualTo(String.valueOf(expected));
		}
	}

	static String shownCount(int count) {
		return (count < 5) ? "<5" : String.valueOf(count);
	}

	String upload(String token, byte[] content) throws Exception {
		String boundary = "----satellite" + UUID.randomUUID();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drugcheckingbc.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + this.port + "/api/v1/checking/imports?format=drug-checking-bc"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).get("id").asString();
	}

	JsonNode runToEnd(String token, String id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			JsonNode status = JSON.readTree(get(token, "/api/v1/checking/imports/" + id).body());
			String state = status.get("status").asString();
			if (state.equals("DONE") || state.equals("FAILED")) {
				return status;
			}
			if (System.nanoTime() > deadline) {
				fail("The import did not finish within 3 minutes: " + status);
			}
			Thread.sleep(250);
		}
	}

	HttpResponse<String> get(String token, String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
