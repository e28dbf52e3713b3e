package org.satellite.alerts.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.SubstanceClass;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Notable results grouped by substances, zone and week into one suggestion each, which a
 * coordinator dismisses (it stays dismissed for its week) or merges with others (its
 * later findings go to the merged draft), each in the audit trail (decision 0098).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SuggestionGroupsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ProgramTime time;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AlertDesk desk;

	@Autowired
	Suggestions suggestions;

	@Autowired
	AlertBoard board;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	String zone;

	String otherZone;

	String substance;

	@BeforeEach
	void zonesAndSubstance() {
		this.zone = newZone();
		this.otherZone = newZone();
		this.substance = "Groupazolam-" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void findingsOfOneSubstanceZoneAndWeekMakeOneSuggestionThatCountsThem() {
		Instant now = this.time.now();
		String first = found(this.zone, now);
		found(this.zone, now);
		String third = found(this.zone, now);
		found(this.zone, now, third); // the same sample published again

		Alert suggestion = awaitSuggestion(first, 3);

		assertThat(suggestionsOf(this.substance)).hasSize(1);
		assertThat(Evidence.of(suggestion).samples()).isEqualTo(3);
		assertThat(suggestion.zones()).containsExactly(this.zone);
		assertThat(this.board.of(AlertsIntegrationTests.ANA).suggestions())
			.filteredOn((line) -> line.alert().id().equals(suggestion.id()))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.evidence().samples()).isEqualTo(3);
				assertThat(line.week().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			});
	}

	@Test
	void aDismissedSuggestionStaysDismissedForItsWeekAndANewWeekMakesANewOne() {
		Instant now = this.time.now();
		String first = found(this.zone, now);
		Alert suggestion = awaitSuggestion(first, 1);

		this.suggestions.dismiss(AlertsIntegrationTests.ANA, suggestion.id());

		String later = found(this.zone, now);
		await().atMost(Duration.ofSeconds(15)).until(() -> this.desk.require(suggestion.id()).sources().size() == 2);
		Alert dismissed = this.desk.require(suggestion.id());
		assertThat(dismissed.status()).isEqualTo(AlertStatus.DISMISSED);
		assertThat(dismissed.sources()).contains("sample:" + later);
		assertThat(suggestionsOf(this.substance)).as("nothing new on the desk this week").isEmpty();
		assertThat(audit("alert.suggestion-dismissed", suggestion.id())).startsWith(this.substance + " found")
			.endsWith("(1 sample(s), 0 report(s), 0 overdose(s))");
		assertThatThrownBy(() -> this.suggestions.dismiss(AlertsIntegrationTests.ANA, suggestion.id()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.notASuggestion");

		String nextWeek = found(this.zone, now.plus(Duration.ofDays(7)));

		Alert fresh = awaitSuggestion(nextWeek, 1);
		assertThat(fresh.id()).isNotEqualTo(suggestion.id());
		assertThat(fresh.status()).isEqualTo(AlertStatus.DRAFT);
	}

	@Test
	void mergedSuggestionsBecomeOneDraftThatTheirLaterFindingsJoin() {
		Instant now = this.time.now();
		String here = found(this.zone, now);
		found(this.zone, now);
		String there = found(this.otherZone, now);
		Alert bigger = awaitSuggestion(here, 2);
		Alert smaller = awaitSuggestion(there, 1);

		UUID merged = this.suggestions.merge(AlertsIntegrationTests.BEN, List.of(smaller.id(), bigger.id()));

		assertThat(merged).as("the one with the most behind it").isEqualTo(bigger.id());
		Alert draft = this.desk.require(merged);
		assertThat(draft.status()).isEqualTo(AlertStatus.DRAFT);
		assertThat(draft.zones()).containsExactlyInAnyOrder(this.zone, this.otherZone);
		assertThat(Evidence.of(draft).samples()).isEqualTo(3);
		assertThat(this.desk.require(smaller.id()).status()).isEqualTo(AlertStatus.DISMISSED);
		assertThat(suggestionsOf(this.substance)).extracting(Alert::id).containsExactly(merged);
		assertThat(audit("alert.suggestions-merged", merged)).isEqualTo("1 merged in: " + smaller.id());

		String laterThere = found(this.otherZone, now);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.desk.require(merged).sources().contains("sample:" + laterThere));
		assertThat(suggestionsOf(this.substance)).hasSize(1);
		assertThatThrownBy(() -> this.suggestions.merge(AlertsIntegrationTests.BEN, List.of(merged)))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.mergeTwo");
	}

	private String newZone() {
		String code = "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(code, "Market " + code, "Marché " + code);
		return code;
	}

	private String found(String zone, Instant at) {
		return found(zone, at, "GS-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private String found(String zone, Instant at, String sample) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new NotableSubstanceFound(sample,
				zone, List.of(this.substance), List.of(SubstanceClass.BENZODIAZEPINE), List.of("benzoInOpioid"), at)));
		return sample;
	}

	private Alert awaitSuggestion(String sample, int samples) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM alerts WHERE :s = ANY (sources) AND suggested")
				.param("s", "sample:" + sample)
				.query(Long.class)
				.single() == 1);
		UUID id = this.jdbc.sql("SELECT id FROM alerts WHERE :s = ANY (sources) AND suggested")
			.param("s", "sample:" + sample)
			.query(UUID.class)
			.single();
		await().atMost(Duration.ofSeconds(15)).until(() -> Evidence.of(this.desk.require(id)).samples() == samples);
		return this.desk.require(id);
	}

	private List<Alert> suggestionsOf(String substance) {
		return this.board.of(AlertsIntegrationTests.ANA)
			.suggestions()
			.stream()
			.map(AlertBoard.Suggested::alert)
			.filter((alert) -> alert.substances().contains(substance))
			.toList();
	}

	private String audit(String action, UUID subject) {
		return this.jdbc.sql("SELECT detail FROM audit_events WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", subject.toString())
			.query(String.class)
			.single();
	}

}
