package org.satellite.checking;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.Imports;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Everything {@code /data} publishes, read the way an attacker would
 * ({@link OpenDataAttacker}): every CSV file, every page of the dashboard and of the
 * results table, the old per-sample file, the API without a token. No hidden count may be
 * worked out, no page may show a number the files withhold, and no page may show a number
 * at all where the files say {@code <5} or {@code hidden}.
 *
 * <p>
 * First with a few thousand samples made here (always run), then with the real Drug
 * Checking BC file ({@code ../shared/data/drugcheckingbc-2018-2020.csv}) imported on top:
 * that part fails, saying it was NOT run, when the shared data folder is missing. The
 * context is closed afterwards: the samples made and imported here must not meet the
 * tests that count samples of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataDisclosureIntegrationTests {

	static final Path FILE = Path.of("..", "shared", "data", "drugcheckingbc-2018-2020.csv");

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";

	static final Pattern CELL = Pattern.compile("<td class=\"num\">(.*?)</td>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramTime time;

	@Autowired
	Imports imports;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	@Order(1)
	void nothingHiddenCanBeWorkedOutFromEverythingPublishedAboutSamplesOfTwoYears() throws Exception {
		insertSamples(4_000, new Random(11));

		attackEverything();
	}

	@Test
	@Order(2)
	void nothingHiddenCanBeWorkedOutWithTheDrugCheckingBcFileImported() throws Exception {
		if (!Files.isReadable(FILE)) {
			fail("This test was NOT run: it needs the Drug Checking BC file at " + FILE.toAbsolutePath().normalize()
					+ " (the shared data folder next to the project). Put ../shared/data in place and run it again.");
		}
		UUID id = this.imports.upload(new StaffMember("checker", Role.CHECKER, Optional.empty()), "bc.csv",
				new ByteArrayInputStream(Files.readAllBytes(FILE)), ImportMapping.DRUG_CHECKING_BC,
				UUID.randomUUID().toString());
		long deadline = System.nanoTime() + 300_000_000_000L;
		while (!this.imports.status(id).finished()) {
			assertThat(System.nanoTime()).as("the import finishes within 5 minutes").isLessThan(deadline);
			Thread.sleep(200);
		}

		attackEverything();
	}

	@Test
	@Order(3)
	void explainsBothMarksInEnglishAndFrenchAndOffersEveryFile() throws Exception {
		String english = get("/data").body();
		String french = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data"))
				.header("Accept-Language", "fr-CA")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(english).contains("means fewer than 5 samples, zero included",
				"means 5 samples or more, hidden only so that a small count nearby cannot be worked out");
		assertThat(french).contains("veut dire moins de 5 échantillons, zéro compris",
				"veut dire 5 échantillons ou plus, masqué seulement");
		for (String file : List.of("checking-figures.csv", "checking-monthly.csv", "checking-expected-substances.csv",
				"checking-vocabulary.csv", "checking-columns.csv")) {
			assertThat(english).contains("/data/" + file);
			assertThat(get("/data/" + file).statusCode()).as(file).isEqualTo(200);
		}
		String columns = get("/data/checking-columns.csv").body();
		assertThat(columns).contains("checking-figures.csv,with_fentanyl,", "codes,hidden,",
				"masqué seulement pour protéger");
		String vocabulary = get("/data/checking-vocabulary.csv").body();
		assertThat(vocabulary).contains("Carfentanil,Carfentanil,OPIOID,Opioid,Opioïde,true,carfentanil");
	}

	private void attackEverything() throws Exception {
		String figures = get("/data/checking-figures.csv").body();
		String substances = get("/data/checking-expected-substances.csv").body();

		OpenDataAttacker.Findings found = OpenDataAttacker.attack(figures, substances);

		assertThat(found.withheld()).as("some counts are withheld, or there is nothing to attack").isPositive();
		assertThat(found.loneSums()).as("sums with a single withheld count").isEmpty();
		assertThat(found.recovered()).as("withheld counts worked out from everything published").isEmpty();

		// The one-line-per-sample file that gave 819 of 954 hidden cells away is gone.
		HttpResponse<String> samples = get("/data/checking-samples.csv");
		assertThat(samples.statusCode()).isEqualTo(410);
		assertThat(samples.body()).contains("no longer published", "n’est plus publié");
		// No figure is served through the API to someone without a token.
		assertThat(get("/api/v1/checking/imports/" + UUID.randomUUID()).statusCode()).isIn(401, 403);

		// The monthly file says nothing the full file does not.
		for (String line : get("/data/checking-monthly.csv").body().lines().skip(1).toList()) {
			String[] cells = line.split(",");
			assertThat(figures).as("month line %s in the full file", line)
				.contains("MONTH," + cells[0] + "," + YearMonthStart.of(cells[0]) + ",");
		}
		// Every page shows, cell for cell, only what the files show.
		List<String> published = publishedTexts(figures, substances);
		for (String kind : List.of("YEAR", "QUARTER", "MONTH", "FORTNIGHT")) {
			assertPageShowsOnlyPublished("/data?period=" + kind, published);
		}
		for (String period : periodsOfKinds(figures, "QUARTER", "YEAR")) {
			assertPageShowsOnlyPublished("/data/results?period=" + period, published);
		}
	}

	/**
	 * Each number shown in a page's tables is among the published ones; every withheld
	 * one reads as such.
	 */
	private void assertPageShowsOnlyPublished(String path, List<String> published) throws Exception {
		String page = get(path).body();
		Matcher cell = CELL.matcher(page);
		while (cell.find()) {
			String text = cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
			String count = text.replaceAll(" \\(\\d+%\\)$", "");
			assertThat(
					count.equals("<5") || count.equals("&lt;5") || count.equals("hidden") || published.contains(count))
				.as("'%s' on %s is a published count", text, path)
				.isTrue();
		}
	}

	private static List<String> publishedTexts(String... files) {
		List<String> texts = new ArrayList<>();
		for (String file : files) {
			for (String line : file.lines().skip(1).toList()) {
				for (String value : line.split(",")) {
					if (value.matches("\\d+")) {
						texts.add(value);
					}
				}
			}
		}
		return texts;
	}

	private static List<String> periodsOfKinds(String figures, String... kinds) {
		List<String> periods = new ArrayList<>();
		for (String line : figures.lines().skip(1).toList()) {
			String[] cells = line.split(",");
			if (List.of(kinds).contains(cells[0]) && !periods.contains(cells[1])) {
				periods.add(cells[1]);
			}
		}
		return periods;
	}

	/**
	 * Released samples over the two years before this month, as a small service would
	 * check them.
	 */
	private void insertSamples(int count, Random random) {
		LocalDate end = this.time.today().withDayOfMonth(1).minusDays(1);
		String[] expected = { "fentanyl", "fentanyl", "fentanyl", "heroin", "down", "cocaine", "crack",
				"methamphetamine", "mdma", "oxycodone", null };
		for (int i = 0; i < count; i++) {
			String code = code(i);
			LocalDate day = end.minusDays(random.nextInt(730));
			String name = expected[random.nextInt(expected.length)];
			this.jdbc.sql("""
					INSERT INTO samples (code, collected_on, zone_code, collection_mode, expected_written, expected_key,
					  result_ready_at, recorded_by)
					VALUES (:code, :day, 'Z1', 'WALK_IN', :written, :key, now(), 'test')""")
				.param("code", code)
				.param("day", day)
				.param("written", name)
				.param("key", name)
				.update();
			boolean fentanyl = (name != null && name.startsWith("f")) ? random.nextInt(10) < 9
					: random.nextInt(20) == 0;
			strip(code, "FENTANYL", fentanyl);
			strip(code, "BENZODIAZEPINE", random.nextInt(12) == 0);
			if (random.nextInt(40) == 0) {
				strip(code, "XYLAZINE", true);
			}
		}
	}

	private void strip(String code, String strip, boolean positive) {
		this.jdbc.sql("INSERT INTO sample_strips (sample_code, strip, result) VALUES (:code, :strip, :result)")
			.param("code", code)
			.param("strip", strip)
			.param("result", positive ? "POSITIVE" : "NEGATIVE")
			.update();
	}

	private static String code(int i) {
		StringBuilder code = new StringBuilder("T");
		for (int k = 0; k < 7; k++) {
			code.append(ALPHABET.charAt(i % 31));
			i /= 31;
		}
		return code.toString();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The first day of a month written {@code 2020-08}. */
	static final class YearMonthStart {

		static String of(String month) {
			return month + "-01";
		}

	}

}
