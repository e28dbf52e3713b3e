package org.satellite.checking;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.api.TestTokens;
import org.satellite.checking.internal.ImportMapping;
import org.satellite.checking.internal.ImportProblem;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;
import org.satellite.checking.internal.NameInUse;
import org.satellite.checking.internal.SampleCode;
import org.satellite.checking.internal.SampleSearch;
import org.satellite.checking.internal.Verdict;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What is left of imports from any service: a row the database refuses is named with its
 * line and reason while the others land; the migration that rekeys samples imported
 * before computes the importer's keys; staff find imported samples by code, date, place
 * and substance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportEdgesIntegrationTests {

	static final StaffMember CHECKER = new StaffMember("checker", Role.CHECKER, Optional.empty());

	static final String HEADER = "Jour;Lieu;Ville;Attendu;BT fentanyl;FTIR\n";

	static final ImportMapping MAPPING = new ImportMapping("Jour", "Lieu", "Ville", "Attendu", "BT fentanyl", null,
			null, "FTIR", null, ImportMapping.DateFormat.DAY_FIRST, "+", null);

	@LocalServerPort
	int port;

	@Autowired
	Imports imports;

	@Autowired
	ImportReports reports;

	@Autowired
	SampleSearch search;

	@Autowired
	Vocabulary vocabulary;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRowTheDatabaseRefusesIsNamedWithItsLineAndTheOtherRowsLand() throws Exception {
		String site = "Site " + UUID.randomUUID();
		String file = HEADER + "01/03/2021;" + site + ";Laval;Heroin;Positif;Fentanyl HCl\n"
				+ "02/03/2021;Refused by the database;Laval;Heroin;Négatif;Heroin HCl\n" + "03/03/2021;" + site
				+ ";Laval;Cocaine;Négatif;Cocaine HCl + Levamisole\n";
		this.jdbc
			.sql("""
					CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					  IF NEW.source_site = 'Refused by the database' THEN RAISE EXCEPTION 'this site is refused by a test trigger'; END IF;
					  RETURN NEW;
					END $$""")
			.update();
		this.jdbc.sql(
				"CREATE TRIGGER refuse_for_test BEFORE INSERT ON samples FOR EACH ROW EXECUTE FUNCTION refuse_for_test()")
			.update();
		ImportStatus status;
		try {
			status = runToEnd(this.imports.upload(CHECKER, "refused.csv", stream(file), MAPPING, key()));
		}
		finally {
			this.jdbc.sql("DROP TRIGGER refuse_for_test ON samples").update();
			this.jdbc.sql("DROP FUNCTION refuse_for_test()").update();
		}

		assertThat(status.status()).isEqualTo("DONE");
		assertThat(status.added()).isEqualTo(2);
		assertThat(this.reports.problems(status.id()))
			.extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::landed)
			.containsExactly(tuple(3L, "checking.import.row.database", false));
		assertThat(this.reports.problems(status.id()).get(0).argument())
			.contains("this site is refused by a test trigger");
		assertThat(this.jdbc.sql("SELECT count(*) FROM samples WHERE source_site = :site")
			.param("site", site)
			.query(Integer.class)
			.single()).isEqualTo(2);

		WebSession french = new WebSession(this.port).speaking("fr");
		french.login("checker", "satellite-demo");
		assertThat(french.get("/app/checking/imports/" + status.id()).body())
			.contains("Lignes refusées par la base de données : 1 ligne pas importée")
			.contains("la base de données a refusé cette ligne (this site is refused by a test trigger")
			.doesNotContain("checking.import.");
		assertThat(french.get("/app/checking/imports/" + status.id() + "/report.csv").body().lines()).containsExactly(
				"\uFEFFLigne,Résultat,Raison,Ligne telle qu’écrite",
				"3,Pas importée,la base de données a refusé cette ligne (this site is refused by a test trigger),"
						+ "02/03/2021;Refused by the database;Laval;Heroin;Négatif;Heroin HCl");
		HttpResponse<String> summary = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/api/v1/checking/imports/" + status.id() + "/summary"))
				.header("Authorization", "Bearer " + TestTokens.issue(this.port, "checker", "satellite-demo"))
				.header("Accept-Language", "fr")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(summary.body()).contains("\"title\":\"Lignes refusées par la base de données\"", "\"rows\":1");
	}

	@Test
	void theMigrationRekeysImportedSamplesExactlyAsTheImporterKeysThem() throws Exception {
		String site = "Site " + UUID.randomUUID();
		String file = HEADER + "01/03/2021;" + site + ";Laval;Heroin;Positif;Fentanyl HCl + Caffeine\n" + "01/03/2021;"
				+ site + ";Laval;Heroin;Positif;Fentanyl HCl + Caffeine\n" + "02/03/2021;" + site
				+ ";Laval;Cocaine;N/A;\n";
		assertThat(runToEnd(this.imports.upload(CHECKER, "rekey.csv", stream(file), MAPPING, key())).added())
			.isEqualTo(3);
		Set<String> before = new HashSet<>(allKeys());
		String migration = new ClassPathResource("db/migration/checking/V6_6__import_mappings_and_fact_keys.sql")
			.getContentAsString(StandardCharsets.UTF_8);

		this.jdbc.sql("UPDATE samples SET row_key = 'before:' || row_key WHERE row_key IS NOT NULL").update();
		this.jdbc.sql(migration.substring(migration.indexOf("WITH facts"))).update();

		assertThat(new HashSet<>(allKeys())).isEqualTo(before);
	}

	@Test
	void staffFindImportedSamplesByCodeDatePlaceAndSubstance() {
		String site = "Site " + UUID.randomUUID();
		String file = HEADER + "01/03/2021;" + site + ";Laval;Down;Positif;Heroin HCl + Fentanyl HCl\n" + "15/03/2021;"
				+ site + ";Laval;Cocaine;Négatif;Cocaine HCl\n";
		runToEnd(this.imports.upload(CHECKER, "search.csv", stream(file), MAPPING, key()));

		List<SampleSearch.Match> atSite = find(null, null, null, site.substring(5, 20), null).samples();
		assertThat(atSite).extracting(SampleSearch.Match::expected).containsExactly("Cocaine", "Down");
		assertThat(atSite).allMatch(SampleSearch.Match::imported);
		assertThat(find(null, null, null, site, "héroïne").samples()).extracting(SampleSearch.Match::expected)
			.containsExactly("Down");
		assertThat(find(null, LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 31), site, null).samples())
			.extracting(SampleSearch.Match::expected)
			.containsExactly("Cocaine");
		String code = atSite.get(1).code();
		assertThat(find(SampleCode.display(code).toLowerCase(), null, null, null, null).samples())
			.extracting(SampleSearch.Match::code)
			.containsExactly(code);
		assertThatThrownBy(() -> find("ABCD", null, null, null, null)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> this.search.find(new StaffMember("peer", Role.PEER_WORKER, Optional.of("SAT-01")),
				new SampleSearch.Criteria(code, null, null, null, null)))
			.isInstanceOf(NotAllowed.class);

		WebSession page = new WebSession(this.port);
		page.login("checker", "satellite-demo");
		String found = page.get("/app/checking/search?substance=fentanyl&place=" + site.replace(" ", "+")).body();
		assertThat(found).contains("1 sample found")
			.contains(SampleCode.display(atSite.get(1).code()))
			.contains("Heroin HCl, Fentanyl HCl");
	}

	@Test
	void frenchInstrumentVerdictsAreKnownWithoutGoingToTheReviewQueue() {
		String site = "Site " + UUID.randomUUID();
		String file = HEADER + "01/03/2021;" + site
				+ ";Laval;MDMA;Négatif;MDMA + Correspondance incertaine + Huile incertaine\n";

		ImportStatus status = runToEnd(this.imports.upload(CHECKER, "verdicts.csv", stream(file), MAPPING, key()));

		assertThat(status.added()).isEqualTo(1);
		assertThat(status.newNames()).isZero();
		assertThat(this.vocabulary.name("Correspondance incertaine")).get()
			.extracting(NameInUse::verdict)
			.isEqualTo(Verdict.UNCERTAIN_MATCH);
		assertThat(this.vocabulary.name("huile incertaine")).get()
			.extracting(NameInUse::verdict)
			.isEqualTo(Verdict.UNCERTAIN_OIL);
	}

	@Test
	void aPersonWhoSeesTheFileReadWithTheWrongSeparatorChoosesAnotherOnThePreview() {
		String site = "Site " + UUID.randomUUID();
		UUID id = this.imports.upload(CHECKER, new Imports.Upload("wrong.csv",
				stream(HEADER + "01/03/2021;" + site + ";Laval;Heroin;Positif;Heroin HCl\n"), null, ',', null, key()));
		WebSession page = new WebSession(this.port);
		page.login("checker", "satellite-demo");
		assertThat(page.get("/app/checking/imports/" + id).body()).contains("Columns are separated by commas")
			.contains("<th scope=\"col\">Jour;Lieu;Ville;Attendu;BT fentanyl;FTIR</th>");

		String checked = page
			.post("/app/checking/imports/" + id + "/start",
					Map.of("separator", "semicolon", "date", "Jour", "site", "Lieu", "dateFormat", "DAY_FIRST",
							"action", "check"))
			.body();

		assertThat(checked).contains("Columns are separated by semicolons")
			.contains("<th scope=\"col\">Attendu</th>")
			.contains("1 of 1 rows will be imported.")
			.contains("1 March 2021");
	}

	SampleSearch.Found find(String code, LocalDate from, LocalDate to, String place, String substance) {
		return this.search.find(CHECKER, new SampleSearch.Criteria(code, from, to, place, substance));
	}

	List<String> allKeys() {
		return this.jdbc.sql("SELECT row_key FROM samples WHERE row_key IS NOT NULL").query(String.class).list();
	}

	ImportStatus runToEnd(UUID id) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		ImportStatus status = this.imports.status(id);
		while (!status.finished()) {
			assertThat(System.nanoTime()).as("import %s finished within a minute", id).isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			status = this.imports.status(id);
		}
		return status;
	}

	static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

}
