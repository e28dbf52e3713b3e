package org.satellite.reporting.web;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.platform.ProgramTime;
import org.satellite.reporting.internal.NaloxoneProgram;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdose response and naloxone program figures that moved from the overdose module
 * to reporting (decision 0111), over real HTTP on the demo program: a peer worker's
 * report shows on the coordinator's dashboard section and in the naloxone program CSV,
 * which holds the same figures as the page; the download is audited; a period that cannot
 * be read or has not started gets words; the former addresses send bookmarks to the new
 * place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NaloxoneProgramIntegrationTests {

	private static final Pattern ROW = Pattern.compile("<tr data-indicator=\"([A-Z0-9_]+)\">(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"num\" data-place=\"([^\"]+)\">([^<]*)</td>");

	@LocalServerPort
	int port;

	@Autowired
	OverdoseResponses responses;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportShowsOnTheDashboardAndInTheCsvWithTheSameFiguresAndTheDownloadIsAudited() throws IOException {
		ReportPeriod quarter = ReportPeriods.holding(ReportPeriod.Granularity.QUARTER, this.time.thisMonth());
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordinator", "satellite-demo");
		Map<String, String> before = program(csv(coordinator, quarter));

		StaffMember peer = new StaffMember("peer", Role.PEER_WORKER, Optional.of("SAT-01"));
		UUID response = this.responses
			.record(peer, new NewOverdoseResponse("SAT-01", null, null, List.of("fentanyl"), 2, NaloxoneForm.NASAL,
					false, NoCallReason.FEAR_OF_POLICE, true, ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER),
					UUID.randomUUID().toString())
			.id();
		this.responses.requestCheckIn(peer, response);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, String> now = program(csv(coordinator, quarter));
			assertThat(count(now, "overdose_responses")).isEqualTo(count(before, "overdose_responses") + 1);
			assertThat(count(now, "check_ins_requested")).isEqualTo(count(before, "check_ins_requested") + 1);
		});
		List<CSVRecord> rows = csv(coordinator, quarter);
		Map<String, String> after = program(rows);
		assertThat(count(after, "naloxone_doses_nasal")).isEqualTo(count(before, "naloxone_doses_nasal") + 2);
		assertThat(count(after, "not_called_fear_of_police")).isEqualTo(count(before, "not_called_fear_of_police") + 1);
		assertThat(count(after, "stayed_with_person")).isEqualTo(count(before, "stayed_with_person") + 1);
		assertThat(rows).extracting((row) -> row.get("place")).contains("PROGRAM", "DT");
		assertThat(audited()).contains(quarter.key());

		HttpResponse<String> page = coordinator.get("/app/reporting?period=" + quarter.key());
		assertThat(page.statusCode()).isEqualTo(200);
		String section = page.body().substring(page.body().indexOf("id=\"overdose\""));
		assertThat(section).contains("Overdose response and naloxone, " + quarter.key(),
				"Naloxone program, " + quarter.key() + " (CSV)", "911 not called: fear of police", "Deaths");
		Map<String, Map<String, String>> shown = table(section);
		assertThat(shown.keySet()).containsExactlyElementsOf(NaloxoneProgram.COLUMNS);
		for (CSVRecord row : rows) {
			for (String code : NaloxoneProgram.COLUMNS) {
				String text = shown.get(code).get(row.get("place"));
				assertThat(text).as(code + " of " + row.get("place")).isNotNull();
				String value = row.get(code.toLowerCase(Locale.ROOT));
				if (value.isEmpty()) {
					assertThat(text).as(code + " of " + row.get("place")).isEqualTo("No data");
				}
				else {
					// The page rounds as the reports do (a share to one decimal, a ratio
					// to two); the CSV keeps every digit.
					BigDecimal onPage = new BigDecimal(text.replace(",", "").replace("%", "").strip());
					assertThat(onPage).as(code + " of " + row.get("place"))
						.isEqualByComparingTo(new BigDecimal(value).setScale(onPage.scale(), RoundingMode.HALF_UP));
				}
			}
		}
	}

	@Test
	void aPeriodThatCannotBeReadOrHasNotStartedGetsWordsAndNothingIsAudited() {
		WebSession analyst = new WebSession(this.port);
		analyst.login("analyst", "satellite-demo");
		int audited = audited().size();

		HttpResponse<String> unreadable = analyst.get("/app/reporting/naloxone.csv?period=summer");
		assertThat(unreadable.statusCode()).isEqualTo(422);
		assertThat(unreadable.body()).contains("That period cannot be read. Write a month as 2026-11");

		String nextYear = Integer.toString(this.time.thisMonth().getYear() + 1);
		HttpResponse<String> future = analyst.speaking("fr").get("/app/reporting/naloxone.csv?period=" + nextYear);
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains("pas de chiffres pour une période qui n’a pas commencé");

		assertThat(audited()).hasSize(audited);
	}

	@Test
	void theDashboardsChartsAreDescribedInTheReadersLanguage() {
		WebSession analyst = new WebSession(this.port);
		analyst.login("analyst", "satellite-demo");

		String french = analyst.speaking("fr").get("/app/reporting").body();

		assertThat(french).contains("Diagramme en barres : Seringues distribuées pour Programme, mois par mois de")
			.doesNotContain("pour Program,");
	}

	@Test
	void theFormerAddressesSendBookmarksToReporting() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordinator", "satellite-demo");

		HttpResponse<String> page = coordinator.get("/app/coordinator/overdose/figures?month=2026-10");
		assertThat(page.statusCode()).isEqualTo(301);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/app/reporting?period=2026-10#overdose"));

		HttpResponse<String> file = coordinator.get("/app/coordinator/overdose/naloxone.csv?quarter=2026-Q3");
		assertThat(file.statusCode()).isEqualTo(301);
		assertThat(file.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/app/reporting/naloxone.csv?period=2026-Q3"));

		HttpResponse<String> coordinatorHome = coordinator.get("/app/coordinator/overdose");
		assertThat(coordinatorHome.body()).contains("href=\"/app/reporting#overdose\"")
			.doesNotContain("/app/coordinator/overdose/figures");
	}

	private List<CSVRecord> csv(WebSession session, ReportPeriod period) throws IOException {
		HttpResponse<byte[]> response = session.getBytes("/app/reporting/naloxone.csv?period=" + period.key());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("naloxone-" + period.key() + ".csv"));
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
			.getRecords();
	}

	private static Map<String, String> program(List<CSVRecord> rows) {
		return rows.stream().filter((row) -> row.get("place").equals("PROGRAM")).findFirst().orElseThrow().toMap();
	}

	private static long count(Map<String, String> row, String column) {
		String value = row.get(column);
		return value.isEmpty() ? 0 : Long.parseLong(value);
	}

	/** The section's table: indicator, then place, then the text shown. */
	private static Map<String, Map<String, String>> table(String section) {
		Map<String, Map<String, String>> table = new LinkedHashMap<>();
		Matcher row = ROW.matcher(section);
		while (row.find()) {
			Map<String, String> cells = new LinkedHashMap<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(cell.group(1), cell.group(2));
			}
			table.put(row.group(1), cells);
		}
		return table;
	}

	private List<String> audited() {
		return this.jdbc.sql("SELECT subject FROM audit_events WHERE action = 'export.naloxone-quarterly'")
			.query(String.class)
			.list();
	}

}
