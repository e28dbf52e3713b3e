package org.satellite.alerts.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.DeliveryProgress;
import org.satellite.messaging.SmsOutbox;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alerts from draft to phone, over the test SMS centre: subscriptions confirmed by text,
 * two people for an urgent alert, each subscriber receiving exactly what matches them in
 * their language, STOP, updates and cancellations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AlertsIntegrationTests {

	static final StaffMember ANA = new StaffMember("ana-coord", Role.COORDINATOR, Optional.empty());

	static final StaffMember BEN = new StaffMember("ben-coord", Role.COORDINATOR, Optional.empty());

	@Autowired
	AlertDesk desk;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	AlertFanOut fanOut;

	@Autowired
	SmsOutbox outbox;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	TestSmsc smsc = TestSmsc.shared();

	String zone;

	String otherZone;

	@BeforeEach
	void zones() {
		this.zone = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.otherZone = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Riverside " + this.zone, "Bord de l’eau " + this.zone);
		this.sites.addZone(this.otherZone, "Uptown " + this.otherZone, "Haut de la ville " + this.otherZone);
	}

	@AfterEach
	void healSmsCentre() {
		this.smsc.refuseSubmissionsWith(0);
	}

	@Test
	void aPhoneSubscribedByTextGetsNoAlertUntilItRepliesOui() {
		String phone = TestPhones.next();

		this.smsc.text(phone, "abonner " + this.zone.toLowerCase(Locale.ROOT));

		assertThat(this.smsc.awaitMessagesTo(phone, 1).get(0)).contains("répondez OUI", "ARRET");
		UUID unheard = issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
		awaitQueued(unheard, 0);
		assertThat(this.subscriptions.recipientsOf(unheard)).isZero();

		this.smsc.text(phone, "Oui");

		assertThat(this.smsc.awaitMessagesTo(phone, 2).get(1))
			.startsWith("Vous recevrez les alertes drogues pour Bord de l’eau");
		UUID heard = issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
		List<String> messages = this.smsc.awaitMessagesTo(phone, 3);
		assertThat(messages).hasSize(3);
		assertThat(messages.get(2))
			.isEqualTo("Fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.");
		assertThat(this.subscriptions.recipientsOf(heard)).isEqualTo(1);
	}

	@Test
	void anAlertReachesExactlyTheSubscribersItMatchesEachInTheirLanguage() {
		String english = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		String french = confirmed(new Subscriptions.Request(List.of(this.zone), false, List.of(SubstanceClass.OPIOID),
				Severity.WARNING, Locale.FRENCH));
		String everywhere = confirmed(
				new Subscriptions.Request(List.of(), true, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		try {
			String otherZone = confirmed(new Subscriptions.Request(List.of(this.otherZone), false, List.of(),
					Severity.ADVISORY, Locale.ENGLISH));
			String urgentOnly = confirmed(
					new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.URGENT, Locale.ENGLISH));
			String stimulantsOnly = confirmed(new Subscriptions.Request(List.of(this.zone), false,
					List.of(SubstanceClass.STIMULANT), Severity.ADVISORY, Locale.ENGLISH));
			String unconfirmed = TestPhones.next();
			this.subscriptions.subscribePhone(unconfirmed,
					new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
			this.smsc.awaitMessagesTo(unconfirmed, 1);

			UUID alert = issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
			awaitFinished(alert);

			assertThat(this.smsc.awaitMessagesTo(english, 3)).last()
				.isEqualTo("Fentanyl in blue pills. Text STOP to stop.");
			assertThat(this.smsc.awaitMessagesTo(french, 3)).last()
				.isEqualTo("Fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.");
			assertThat(this.smsc.awaitMessagesTo(everywhere, 3)).last()
				.isEqualTo("Fentanyl in blue pills. Text STOP to stop.");
			for (String phone : List.of(otherZone, urgentOnly, stimulantsOnly)) {
				assertThat(this.smsc.messagesTo(phone)).as("confirmation messages only").hasSize(2);
			}
			assertThat(this.smsc.messagesTo(unconfirmed)).as("the request to confirm only").hasSize(1);
			assertThat(this.subscriptions.recipientsOf(alert)).isEqualTo(3);
		}
		finally {
			this.smsc.text(everywhere, "STOP");
		}
	}

	@Test
	void stopCancelsWhatIsWaitingDeletesTheNumberAndNothingMoreArrives() {
		String phone = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.FRENCH));
		this.smsc.refuseSubmissionsWith(0x58);
		UUID waiting = issue(ANA, BEN, Severity.URGENT, List.of(this.zone));
		awaitQueued(waiting, 1);

		this.smsc.text(phone, "arrêt");
		this.smsc.refuseSubmissionsWith(0);

		List<String> messages = this.smsc.awaitMessagesTo(phone, 3);
		assertThat(messages).hasSize(3);
		assertThat(messages.get(2))
			.isEqualTo("Vous ne recevrez plus de messages de Satellite. Votre numéro est effacé. "
					+ "Le journal des textos envoyés garde un code, pas votre numéro, 90 jours.");
		assertThat(this.outbox.progress(AlertFanOut.batchOf(waiting)).cancelled()).isEqualTo(1);
		// The recipient went with the number, but the alert did reach one subscriber:
		// reporting's "subscribers reached" must not shrink when someone leaves.
		assertThat(this.subscriptions.recipientsOf(waiting)).isZero();
		assertThat(this.jdbc.sql("SELECT reached FROM alerts WHERE id = :id")
			.param("id", waiting)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM subscribers WHERE contact_sealed IS NOT NULL AND id NOT IN (SELECT subscriber_id FROM alert_recipients)")
			.query(Long.class)
			.single()).isNotNull();
		UUID later = issue(ANA, BEN, Severity.URGENT, List.of(this.zone));
		awaitQueued(later, 0);
		this.smsc.text(TestPhones.next(), "HELP");
		assertThat(this.subscriptions.recipientsOf(later)).isZero();
		assertThat(this.smsc.messagesTo(phone)).hasSize(3);
	}

	@Test
	void leavingOneZoneKeepsTheOthers() {
		String phone = confirmed(new Subscriptions.Request(List.of(this.zone, this.otherZone), false, List.of(),
				Severity.ADVISORY, Locale.ENGLISH));

		this.smsc.text(phone, "LEAVE " + this.zone.toLowerCase(Locale.ROOT));
		assertThat(this.smsc.awaitMessagesTo(phone, 3).get(2))
			.startsWith("You will no longer get alerts for Riverside");

		UUID left = issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
		UUID kept = issue(ANA, BEN, Severity.WARNING, List.of(this.otherZone));
		awaitFinished(kept);
		assertThat(this.smsc.awaitMessagesTo(phone, 4)).hasSize(4)
			.last()
			.isEqualTo("Fentanyl in blue pills. Text STOP to stop.");
		assertThat(this.subscriptions.recipientsOf(left)).isZero();
	}

	@Test
	void helpAnswersInTheSubscribersLanguageAndFrOrEnChangesIt() {
		String phone = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));

		this.smsc.text(phone, "aide");
		assertThat(this.smsc.awaitMessagesTo(phone, 3).get(2)).startsWith("Satellite drug alerts. JOIN <zone>")
			.contains("STOP");
		this.smsc.text(phone, "hello?");
		assertThat(this.smsc.awaitMessagesTo(phone, 4).get(3))
			.as("a message without a keyword, answered in English alone")
			.isEqualTo("We did not understand. Text HELP for help.");
		this.smsc.text(phone, "fr");
		assertThat(this.smsc.awaitMessagesTo(phone, 5).get(4)).startsWith("Vous recevrez les messages en FRANÇAIS");
		this.smsc.text(phone, "INFO");
		assertThat(this.smsc.awaitMessagesTo(phone, 6).get(5)).startsWith("Alertes drogues Satellite. ABONNER <zone>");
		this.smsc.text(phone, "");
		assertThat(this.smsc.awaitMessagesTo(phone, 7).get(6)).doesNotContain("empty").contains("vide");

		issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
		assertThat(this.smsc.awaitMessagesTo(phone, 8).get(7))
			.isEqualTo("Fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.");
	}

	@Test
	void anUrgentAlertNeedsASecondPersonToApproveIt() {
		UUID id = this.desk.draft(ANA, draft(Severity.URGENT, List.of(this.zone)), UUID.randomUUID().toString()).id();

		assertThatThrownBy(() -> this.desk.approve(ANA, id)).isInstanceOf(NotAllowed.class)
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.secondPerson");
		assertThat(this.desk.require(id).status()).isEqualTo(AlertStatus.DRAFT);

		this.desk.approve(BEN, id);
		this.desk.issue(ANA, id);

		Alert issued = this.desk.require(id);
		assertThat(issued.status()).isEqualTo(AlertStatus.ISSUED);
		assertThat(issued.approvedBy()).isEqualTo("ben-coord");
		assertThat(issued.expiresAt()).isEqualTo(issued.effectiveFrom().plus(Duration.ofDays(7)));
	}

	@Test
	void aDraftWithoutFrenchOrWithAnUnknownZoneIsRefusedAndNothingIsSaved() {
		long before = this.jdbc.sql("SELECT count(*) FROM alerts").query(Long.class).single();
		AlertDraft complete = draft(Severity.WARNING, List.of(this.zone));
		AlertText noFrench = new AlertText("Fentanyl", "", "Blue pills", "Comprimés bleus", "Test first",
				"Testez d’abord", "Fentanyl in blue pills.", "Fentanyl dans des comprimés bleus.");

		assertThatThrownBy(() -> this.desk.draft(ANA, withText(complete, noFrench), UUID.randomUUID().toString()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.frenchMissing");
		assertThatThrownBy(
				() -> this.desk.draft(ANA, draft(Severity.WARNING, List.of("NOWHERE")), UUID.randomUUID().toString()))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.unknownZone");
		assertThatThrownBy(
				() -> this.desk.draft(new StaffMember("peer", Role.PEER_WORKER, Optional.of("SAT-01")), complete, "k"))
			.isInstanceOf(NotAllowed.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM alerts").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aCancellationReachesEveryoneWhoGotTheAlertAndNobodyElse() {
		String first = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		UUID alert = issue(ANA, BEN, Severity.WARNING, List.of(this.zone));
		this.smsc.awaitMessagesTo(first, 3);
		String latecomer = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));

		UUID cancellation = this.desk.cancel(BEN, alert, "It was a false alarm: no fentanyl.",
				"Fausse alerte : pas de fentanyl.");
		awaitFinished(cancellation);

		assertThat(this.smsc.awaitMessagesTo(first, 4)).last()
			.isEqualTo("CANCELLED: Fentanyl in blue pills. It was a false alarm: no fentanyl. Text STOP to stop.");
		assertThat(this.smsc.messagesTo(latecomer)).hasSize(2);
		assertThat(this.desk.require(alert).status()).isEqualTo(AlertStatus.CANCELLED);
		assertThat(this.desk.require(cancellation).refersTo()).isEqualTo(alert);
	}

	@Test
	void aFanOutRepeatedAfterACrashQueuesNobodyTwice() {
		String phone = confirmed(
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		UUID alert = issue(ANA, BEN, Severity.ADVISORY, List.of(this.zone));
		awaitFinished(alert);

		long queued = progress(alert).total();

		assertThat(this.fanOut.fanOut(alert)).isZero();
		this.jdbc.sql("UPDATE alerts SET queued_through = 0 WHERE id = :id").param("id", alert).update();
		this.fanOut.fanOut(alert);

		awaitFinished(alert);
		assertThat(progress(alert).total()).isEqualTo(queued);
		assertThat(this.smsc.awaitMessagesTo(phone, 3)).hasSize(3);
	}

	String confirmed(Subscriptions.Request request) {
		String phone = TestPhones.next();
		this.subscriptions.subscribePhone(phone, request);
		this.smsc.awaitMessagesTo(phone, 1);
		this.smsc.text(phone, Locale.FRENCH.equals(request.language()) ? "OUI" : "yes");
		assertThat(this.smsc.awaitMessagesTo(phone, 2)).hasSize(2);
		return phone;
	}

	UUID issue(StaffMember drafter, StaffMember approver, Severity severity, List<String> zones) {
		UUID id = this.desk.draft(drafter, draft(severity, zones), UUID.randomUUID().toString()).id();
		this.desk.approve(approver, id);
		this.desk.issue(approver, id);
		return id;
	}

	static AlertDraft draft(Severity severity, List<String> zones) {
		return new AlertDraft(severity, zones, List.of("fentanyl"), List.of(SubstanceClass.OPIOID),
				"Blue pills marked M30",
				new AlertText("Fentanyl in blue pills", "Fentanyl dans des comprimés bleus",
						"Pills sold as oxycodone held fentanyl.",
						"Des comprimés vendus comme oxycodone contenaient du fentanyl.",
						"Do not use alone. Keep naloxone close.",
						"Ne consommez pas seul·e. Gardez la naloxone près de vous.", "Fentanyl in blue pills.",
						"Fentanyl dans des comprimés bleus."),
				null, null, List.of());
	}

	static AlertDraft withText(AlertDraft draft, AlertText text) {
		return new AlertDraft(draft.severity(), draft.zones(), draft.substances(), draft.classes(), draft.description(),
				text, draft.effectiveFrom(), draft.expiresAt(), draft.sources());
	}

	void awaitQueued(UUID alert, long count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline && (!published(alert) || progress(alert).total() < count)) {
			sleep();
		}
		sleep();
		assertThat(progress(alert).total()).isEqualTo(count);
	}

	void awaitFinished(UUID alert) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline
				&& (!published(alert) || progress(alert).total() == 0 || !progress(alert).finished())) {
			sleep();
		}
		assertThat(progress(alert).finished()).isTrue();
	}

	boolean published(UUID alert) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
			.param("id", "%" + alert + "%")
			.query(Long.class)
			.single() == 0;
	}

	DeliveryProgress progress(UUID alert) {
		return this.outbox.progress(AlertFanOut.batchOf(alert));
	}

	static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
