package org.satellite.alerts.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A coordinator ticks several community reports on the triage queue and drafts one alert
 * from all of them, over real HTTP; bad-batch reports piling up in one zone suggest a
 * draft on their own; alert texts stay short enough for a one-page poster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportGroupDraftsIntegrationTests {

	static final Pattern ALERT_ID = Pattern.compile("/app/alerts/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	CommunityReports reports;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramTime time;

	String zone;

	String otherZone;

	WebSession coordinator;

	@BeforeEach
	void zonesAndCoordinator() {
		this.zone = "G" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
		this.otherZone = "H" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Market " + this.zone, "Marché " + this.zone);
		this.sites.addZone(this.otherZone, "Harbour " + this.otherZone, "Port " + this.otherZone);
		this.coordinator = new WebSession(this.port);
		this.coordinator.login("coordinator", "satellite-demo");
	}

	@Test
	void threeTickedReportsMakeOneWarningDraftInBothLanguagesThatLinksThemAllAndEmptiesTheQueue() {
		UUID first = report(ReportKind.BAD_BATCH, this.zone, "pink pills, way too strong");
		UUID second = report(ReportKind.BAD_BATCH, this.zone, "same pink pills, my friend passed out");
		UUID third = report(ReportKind.OVERDOSE, this.otherZone, "overdose behind the shelter");
		String queue = this.coordinator.get("/app/alerts/reports").body();
		assertThat(queue).contains("Draft an alert from these", "value=\"" + first + "\"", "form=\"group\"");

		UUID draft = draftFrom(first, second, third);

		Alert alert = this.desk.require(draft);
		String since = since(first, Locale.ENGLISH);
		String depuis = since(first, Locale.FRENCH);
		assertThat(alert.status()).isEqualTo(AlertStatus.DRAFT);
		assertThat(alert.severity()).isEqualTo(Severity.WARNING);
		assertThat(alert.zones()).containsExactlyInAnyOrder(this.zone, this.otherZone);
		assertThat(alert.text().headlineEn())
			.isEqualTo("3 reports of overdoses and bad drugs in " + names("Market ", "Harbour ") + " since " + since);
		assertThat(alert.text().headlineFr()).isEqualTo("3 signalements de surdoses et de drogues dangereuses ("
				+ names("Marché ", "Port ") + ") depuis " + depuis);
		assertThat(alert.text().bodyEn()).contains("What people reported:", "“pink pills, way too strong”",
				"“same pink pills, my friend passed out”", "“overdose behind the shelter”");
		assertThat(alert.text().bodyFr()).contains("Ce que les personnes ont signalé :",
				"“overdose behind the shelter”");
		assertThat(alert.text().smsFr()).startsWith("Alerte drogues : surdoses et drogues dangereuses (");
		assertThat(alert.sources()).containsExactlyInAnyOrder("report:" + first, "report:" + second, "report:" + third);
		assertThat(linkedTo(draft)).containsExactlyInAnyOrder(first, second, third);
		assertThat(this.coordinator.get("/app/alerts/reports").body()).doesNotContain(first.toString(),
				second.toString(), third.toString());
		assertThatThrownBy(() -> this.desk.approve(AlertsIntegrationTests.BEN, draft))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.reviewSuggestion");
	}

	@Test
	void badBatchReportsAloneMakeAnAdvisoryAndTheSameGroupSentTwiceGivesTheSameDraft() {
		UUID first = report(ReportKind.BAD_BATCH, this.zone, "green powder sold as heroin, people nodding hard");
		UUID second = report(ReportKind.BAD_BATCH, null, "green powder again");

		UUID draft = draftFrom(first, second);
		UUID again = draftFrom(second, first);

		assertThat(again).isEqualTo(draft);
		assertThat(alertsFrom(first)).isEqualTo(1);
		Alert alert = this.desk.require(draft);
		assertThat(alert.severity()).isEqualTo(Severity.ADVISORY);
		assertThat(alert.zones()).containsExactly(this.zone);
		assertThat(alert.text().headlineEn())
			.isEqualTo("2 reports of a bad batch in Market " + this.zone + " since " + since(first, Locale.ENGLISH));
		assertThat(alert.text().headlineFr()).isEqualTo(
				"2 signalements d’un mauvais lot (Marché " + this.zone + ") depuis " + since(first, Locale.FRENCH));
	}

	@Test
	void reportsFromMoreThanTwoZonesSayHowManyZonesInsteadOfTheirNames() {
		String third = "J" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
		this.sites.addZone(third, "Hills " + third, "Collines " + third);
		UUID first = report(ReportKind.OVERDOSE, this.zone, "went down fast");
		UUID second = report(ReportKind.OVERDOSE, this.otherZone, "went down too");
		UUID last = report(ReportKind.OVERDOSE, third, "needed two doses of naloxone");

		Alert alert = this.desk.require(draftFrom(first, second, last));

		assertThat(alert.zones()).containsExactlyInAnyOrder(this.zone, this.otherZone, third);
		assertThat(alert.text().headlineEn())
			.isEqualTo("3 overdoses reported in 3 zones since " + since(first, Locale.ENGLISH));
		assertThat(alert.text().headlineFr())
			.isEqualTo("3 surdoses signalées (3 zones) depuis " + since(first, Locale.FRENCH));
		assertThat(alert.text().smsEn()).startsWith("Drug alert: overdoses reported in 3 zones.");
	}

	@Test
	void oneReportStillMakesADraftFromItsOwnButton() {
		UUID overdose = report(ReportKind.OVERDOSE, this.zone, "someone went down by the river");
		this.coordinator.get("/app/alerts/reports");

		HttpResponse<String> response = this.coordinator.post("/app/alerts/reports/" + overdose + "/draft", Map.of());

		Matcher id = ALERT_ID.matcher(response.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as("redirected to the draft").isTrue();
		Alert alert = this.desk.require(UUID.fromString(id.group(1)));
		assertThat(alert.text().headlineEn()).startsWith("An overdose reported in Market " + this.zone + " since ");
		assertThat(alert.text().headlineFr()).startsWith("Une surdose signalée (Marché " + this.zone + ") depuis ");
		assertThat(alert.severity()).isEqualTo(Severity.WARNING);
		assertThat(linkedTo(alert.id())).containsExactly(overdose);
	}

	@Test
	void noTickAnUnknownReportOrOneAlreadyHandledIsSaidInPlainWordsAndChangesNothing() {
		UUID open = report(ReportKind.BAD_BATCH, this.zone, "white rocks, heart racing");
		UUID dismissed = report(ReportKind.BAD_BATCH, this.zone, "brown powder");
		this.coordinator.get("/app/alerts/reports");
		this.coordinator.post("/app/alerts/reports/" + dismissed + "/dismiss", Map.of());

		assertThat(problemAfter(List.of())).contains("Tick at least one report to draft an alert from.");
		assertThat(problemAfter(List.of(open.toString(), UUID.randomUUID().toString())))
			.contains("There is no such report.");
		assertThat(problemAfter(List.of(open.toString(), "not-a-report"))).contains("There is no such report.");
		assertThat(problemAfter(List.of(open.toString(), dismissed.toString())))
			.contains("One of these reports was already handled");

		assertThat(alertsFrom(open)).isZero();
		assertThat(status(open)).isEqualTo("NEW");
		assertThat(this.coordinator.get("/app/alerts/reports").body()).contains(open.toString());
	}

	@Test
	void onlyCoordinatorsDraftFromReports() {
		UUID open = report(ReportKind.BAD_BATCH, this.zone, "blue pills");
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		peer.get("/app");

		HttpResponse<String> response = peer.post("/app/alerts/reports/draft",
				List.of(Map.entry("report", open.toString())));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(status(open)).isEqualTo("NEW");
		StaffMember peerMember = new StaffMember("peer", Role.PEER_WORKER, Optional.empty());
		assertThatThrownBy(() -> this.reports.draftFrom(peerMember, List.of(open))).isInstanceOf(Refusal.class);
	}

	@Test
	void threeBadBatchReportsInOneZoneWithinADaySuggestADraftLinkingThem() {
		UUID first = report(ReportKind.BAD_BATCH, this.zone, "orange pills, people sick");
		UUID second = report(ReportKind.BAD_BATCH, this.zone, "orange pills again");
		report(ReportKind.BAD_BATCH, this.otherZone, "not the same place");
		assertThat(suggestions("batch:" + this.zone)).isZero();

		UUID third = report(ReportKind.BAD_BATCH, this.zone, "orange pills, someone fainted");

		await().atMost(Duration.ofSeconds(5)).until(() -> suggestions("batch:" + this.zone) == 1);
		UUID id = this.jdbc.sql("SELECT id FROM alerts WHERE :source = ANY(sources) AND suggested")
			.param("source", "batch:" + this.zone)
			.query(UUID.class)
			.single();
		Alert alert = this.desk.require(id);
		assertThat(alert.zones()).containsExactly(this.zone);
		assertThat(alert.sources()).contains("report:" + first, "report:" + second, "report:" + third);
		assertThat(alert.text().headlineEn()).startsWith("3 reports of a bad batch in Market " + this.zone);
		report(ReportKind.BAD_BATCH, this.zone, "a fourth one");
		assertThat(suggestions("batch:" + this.zone)).isEqualTo(1);
	}

	@Test
	void alertTextsLongerThanAOnePagePosterAllowsAreRefused() {
		AlertText longest = new AlertText("Headline", "Titre", "b".repeat(AlertDesk.MAX_BODY),
				"c".repeat(AlertDesk.MAX_BODY), "Go slow", "Doucement", "Careful", "Prudence");
		AlertText tooLong = new AlertText("Headline", "Titre", "b".repeat(AlertDesk.MAX_BODY),
				"c".repeat(AlertDesk.MAX_BODY + 1), "Go slow", "Doucement", "Careful", "Prudence");

		assertThat(this.desk
			.draft(AlertsIntegrationTests.ANA, draftOf(longest, "d".repeat(AlertDesk.MAX_DESCRIPTION)),
					UUID.randomUUID().toString())
			.replayed()).isFalse();
		assertThatThrownBy(() -> this.desk.draft(AlertsIntegrationTests.ANA, draftOf(tooLong, "blue"),
				UUID.randomUUID().toString()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.tooLongForPoster");
		assertThatThrownBy(() -> this.desk.draft(AlertsIntegrationTests.ANA,
				draftOf(longest, "d".repeat(AlertDesk.MAX_DESCRIPTION + 1)), UUID.randomUUID().toString()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.tooLongForPoster");
	}

	AlertDraft draftOf(AlertText text, String description) {
		return new AlertDraft(Severity.ADVISORY, List.of(this.zone), List.of(), List.of(), description, text, null,
				null, List.of());
	}

	UUID report(ReportKind kind, String zoneCode, String text) {
		return this.reports.report(kind, zoneCode, text, "WEB", UUID.randomUUID().toString()).id();
	}

	UUID draftFrom(UUID... ids) {
		this.coordinator.get("/app/alerts/reports");
		HttpResponse<String> response = this.coordinator.post("/app/alerts/reports/draft",
				Arrays.stream(ids).map((id) -> Map.entry("report", id.toString())).toList());
		Matcher id = ALERT_ID.matcher(response.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as("redirected to the draft, not %s", response.headers().firstValue("Location")).isTrue();
		return UUID.fromString(id.group(1));
	}

	String problemAfter(List<String> ticked) {
		this.coordinator.get("/app/alerts/reports");
		HttpResponse<String> response = this.coordinator.post("/app/alerts/reports/draft",
				ticked.stream().map((id) -> Map.entry("report", id)).toList());
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/app/alerts/reports");
		return this.coordinator.get("/app/alerts/reports").body();
	}

	String since(UUID report, Locale locale) {
		Instant received = this.jdbc.sql("SELECT received_at FROM community_reports WHERE id = :id")
			.param("id", report)
			.query(Instant.class)
			.single();
		return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(received.atZone(this.time.zone()));
	}

	/** The names of the two zones as the draft lists them, by zone code. */
	String names(String zonePrefix, String otherPrefix) {
		return zonePrefix + this.zone + ", " + otherPrefix + this.otherZone;
	}

	List<UUID> linkedTo(UUID alert) {
		return this.jdbc.sql("SELECT id FROM community_reports WHERE alert_id = :alert AND status = 'USED'")
			.param("alert", alert)
			.query(UUID.class)
			.list();
	}

	String status(UUID report) {
		return this.jdbc.sql("SELECT status FROM community_reports WHERE id = :id")
			.param("id", report)
			.query(String.class)
			.single();
	}

	long alertsFrom(UUID report) {
		return suggestions("report:" + report);
	}

	long suggestions(String source) {
		return this.jdbc.sql("SELECT count(*) FROM alerts WHERE :source = ANY(sources) AND suggested")
			.param("source", source)
			.query(Long.class)
			.single();
	}

}
