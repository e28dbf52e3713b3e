package org.satellite.alerts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.SubstanceClass;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.overdose.OverdoseResponseWithdrawn;
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
 * Drafts Satellite suggests (never issues) from a notable drug checking result and from
 * an overdose cluster, and anonymous reports by SMS; the events are published here as
 * drug checking and overdose response will publish them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SuggestionsAndReportsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ProgramTime time;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	TestSmsc smsc = TestSmsc.shared();

	String zone;

	@BeforeEach
	void zone() {
		this.zone = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Market " + this.zone, "Marché " + this.zone);
	}

	@Test
	void aNotableResultSuggestsOneDraftThatAPersonMustReviewAndNothingIsSent() {
		String sample = "NS-" + UUID.randomUUID().toString().substring(0, 6);
		NotableSubstanceFound found = new NotableSubstanceFound(sample, this.zone, List.of("carfentanil", "xylazine"),
				List.of(SubstanceClass.OPIOID, SubstanceClass.OTHER_DEPRESSANT), List.of("carfentanil", "xylazine"),
				this.time.now());

		publish(found);
		publish(found);

		Alert draft = awaitSuggestion("sample:" + sample);
		assertThat(draft.status()).isEqualTo(AlertStatus.DRAFT);
		assertThat(draft.severity()).isEqualTo(Severity.URGENT);
		assertThat(draft.zones()).containsExactly(this.zone);
		assertThat(draft.classes()).containsExactly(SubstanceClass.OPIOID, SubstanceClass.OTHER_DEPRESSANT);
		assertThat(draft.text().headlineFr())
			.isEqualTo("carfentanil, xylazine trouvé lors de la vérification des drogues");
		await().atMost(Duration.ofSeconds(15)).until(() -> handled(sample));
		assertThat(suggestions("sample:" + sample)).as("the same result published twice").isEqualTo(1);
		assertThatThrownBy(() -> this.desk.approve(AlertsIntegrationTests.BEN, draft.id()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.reviewSuggestion");
	}

	@Test
	void threeOverdosesInAZoneWithinHoursSuggestADraft() {
		Instant now = this.time.now();
		publish(new OverdoseResponseRecorded(UUID.randomUUID(), this.zone, now.minus(Duration.ofHours(2)),
				List.of("unknown")));
		publish(new OverdoseResponseRecorded(UUID.randomUUID(), this.zone, now.minus(Duration.ofHours(1)),
				List.of("fentanyl")));
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> signals() == 2);
		assertThat(suggestions("cluster:" + this.zone)).isZero();

		String phone = TestPhones.next();
		this.smsc.text(phone, "OD " + this.zone + " my friend went down near the park");

		assertThat(this.smsc.awaitMessagesTo(phone, 1).get(0)).startsWith("Thank you. Your report is anonymous");
		Alert draft = awaitSuggestion("cluster:" + this.zone);
		assertThat(draft.status()).isEqualTo(AlertStatus.DRAFT);
		assertThat(draft.description()).isEqualTo("3 overdoses within 6 hours");
	}

	@Test
	void anOverdoseReportUndoneAsAMistakeIsNoLongerCountedTowardsACluster() {
		UUID response = UUID.randomUUID();
		publish(new OverdoseResponseRecorded(response, this.zone, this.time.now().minus(Duration.ofMinutes(30)),
				List.of("fentanyl")));
		await().atMost(Duration.ofSeconds(5)).until(() -> signals() == 1);

		publish(new OverdoseResponseWithdrawn(response));

		await().atMost(Duration.ofSeconds(5)).until(() -> signals() == 0);
	}

	@Test
	void aReportBySmsIsStoredWithoutAnyNumberAndAnEmptyOneChangesNothing() {
		String phone = TestPhones.next();
		long before = reports();

		this.smsc.text(phone,
				"bad " + this.zone + " pink pills hit way too hard, call me at 416 555 0199 or me@example.org");
		this.smsc.text(phone, "BAD");

		List<String> replies = this.smsc.awaitMessagesTo(phone, 2);
		assertThat(replies).anySatisfy((reply) -> assertThat(reply).startsWith("Thank you."));
		assertThat(replies).anySatisfy((reply) -> assertThat(reply).startsWith("Write what happened after the word"));
		assertThat(reports()).isEqualTo(before + 1);
		String stored = this.jdbc.sql("SELECT text FROM community_reports WHERE zone_code = :zone")
			.param("zone", this.zone)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("pink pills hit way too hard, call me at […] or […]");
	}

	@Test
	void malformedTextsGetAClearReplyAndChangeNothing() {
		String phone = TestPhones.next();
		long subscribers = this.jdbc.sql("SELECT count(*) FROM subscribers").query(Long.class).single();
		long reports = reports();

		this.smsc.text(phone, "");
		this.smsc.text(phone, "😀🔥");
		this.smsc.text(phone, "PLEASE SEND HELP");
		this.smsc.text(phone, "x".repeat(1000));
		this.smsc.text(phone, "JOIN Atlantis");
		this.smsc.text(phone, "JOIN");
		this.smsc.text(phone, "OUI");

		// Replies go out concurrently, so they may arrive in any order.
		List<String> replies = this.smsc.awaitMessagesTo(phone, 7);
		assertThat(replies).hasSize(7);
		assertThat(replies).filteredOn((reply) -> reply.contains("empty") && reply.contains("vide")).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.contains("did not understand") && reply.contains("incompris"))
			.hasSize(2);
		assertThat(replies).filteredOn((reply) -> reply.contains("too long") && reply.contains("trop long")).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.contains("We do not know the zone \"Atlantis\"")).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.startsWith("Write a zone after JOIN")).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.startsWith("Rien à confirmer")).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM subscribers").query(Long.class).single()).isEqualTo(subscribers);
		assertThat(reports()).isEqualTo(reports);
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	Alert awaitSuggestion(String source) {
		await().atMost(Duration.ofSeconds(15)).until(() -> suggestions(source) > 0);
		UUID id = this.jdbc.sql("SELECT id FROM alerts WHERE :source = ANY(sources) AND suggested")
			.param("source", source)
			.query(UUID.class)
			.single();
		return this.desk.require(id);
	}

	/** Whether every event that mentions this text has been handled by its listeners. */
	boolean handled(String mentioned) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :text")
			.param("text", "%" + mentioned + "%")
			.query(Long.class)
			.single() == 0;
	}

	long suggestions(String source) {
		return this.jdbc.sql("SELECT count(*) FROM alerts WHERE :source = ANY(sources) AND suggested")
			.param("source", source)
			.query(Long.class)
			.single();
	}

	long signals() {
		return this.jdbc.sql("SELECT count(*) FROM overdose_signals WHERE zone_code = :zone")
			.param("zone", this.zone)
			.query(Long.class)
			.single();
	}

	long reports() {
		return this.jdbc.sql("SELECT count(*) FROM community_reports").query(Long.class).single();
	}

}
