package org.satellite.alerts.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.checking.SubstanceClass;
import org.satellite.messaging.DeliveryProgress;
import org.satellite.messaging.Email;
import org.satellite.messaging.Emails;
import org.satellite.messaging.SmsLength;
import org.satellite.messaging.SmsOutbox;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.satellite.alerts.internal.EmailSubscriptionIntegrationTests.awaitMessages;
import static org.satellite.alerts.internal.EmailSubscriptionIntegrationTests.body;
import static org.satellite.alerts.internal.EmailSubscriptionIntegrationTests.link;
import static org.satellite.alerts.internal.EmailSubscriptionIntegrationTests.messagesTo;

/**
 * What a subscriber can change after subscribing, over real SMTP (GreenMail) and SMPP
 * (the test SMS centre): the signed preferences page of every email, leaving one zone or
 * one kind of drug while keeping the others, leaving one zone by SMS, email beside SMS on
 * the delivery page, and the purge of subscriptions never confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubscriberPreferencesIntegrationTests {

	static final Pattern PREFERENCES = Pattern
		.compile("http://[^\\s\"<>]+(/alerts/preferences/(\\d+)/([^\\s\"<>?]+))\\?lang=(\\w+)");

	@LocalServerPort
	int port;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	Emails emails;

	@Autowired
	SmsOutbox outbox;

	@Autowired
	Contacts contacts;

	@Autowired
	JdbcClient jdbc;

	TestSmsc smsc = TestSmsc.shared();

	String zone;

	String otherZone;

	@BeforeEach
	void zones() {
		this.zone = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.otherZone = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Harbour " + this.zone, "Port " + this.zone);
		this.sites.addZone(this.otherZone, "Hillside " + this.otherZone, "Colline " + this.otherZone);
	}

	@Test
	void anEmailSubscriberLeavesOneZoneFromTheLinkInTheirEmailAndKeepsGettingTheOther() throws Exception {
		String address = address("reader");
		this.subscriptions.subscribeEmail(address, new Subscriptions.Request(List.of(this.zone, this.otherZone), false,
				List.of(), Severity.ADVISORY, Locale.FRENCH));
		String confirmation = body(awaitMessages(address, 1).get(0));
		Matcher preferences = preferencesLink(confirmation);
		assertThat(preferences.group(4)).isEqualTo("fr");
		String path = preferences.group(1);
		String confirm = link(confirmation, "confirm");
		this.subscriptions.confirmEmail(EmailSubscriptionIntegrationTests.token(confirm));

		WebSession reader = new WebSession(this.port);
		String page = reader.get(path + "?lang=fr").body();
		assertThat(page)
			.contains("Vos alertes", "Alertes envoyées à r•••@example.org", "Port " + this.zone,
					"Colline " + this.otherZone, "Arrêter les alertes pour cette zone")
			.doesNotContain(address);

		HttpResponse<String> left = reader.post(path + "/leave-zone", Map.of("zone", this.zone));
		assertThat(left.statusCode()).isEqualTo(302);
		assertThat(reader.get(path).body()).contains("Vous ne recevrez plus les alertes pour Port " + this.zone,
				"Vos autres alertes continuent");

		UUID gone = issue(this.zone);
		UUID kept = issue(this.otherZone);
		MimeMessage email = awaitMessages(address, 2).get(1);
		assertThat(body(email)).contains(kept.toString(), "Pour changer vos zones", path);
		assertThat(email.getHeader("List-Unsubscribe")).isNotNull();
		assertThat(this.subscriptions.recipientsOf(gone)).isZero();
		assertThat(messagesTo(address)).hasSize(2);

		assertThat(reader.get(path).body()).contains("Arrêter toutes les alertes et effacer mon adresse");
		assertThat(reader.post(path.replace("/preferences/", "/unsubscribe/"), Map.of()).body())
			.contains("vous ne recevrez plus d’alertes et votre adresse est effacée");
		assertThat(reader.get(path).body()).contains("Cet abonnement n’existe plus");
	}

	@Test
	void savingThePageChangesZonesDrugsLevelAndLanguageAndOneKindOfDrugCanBeLeft() {
		String address = address("chooser");
		long id = subscribed(address, List.of(this.zone));
		String path = path(id);
		WebSession reader = new WebSession(this.port);
		reader.get(path);

		HttpResponse<String> saved = reader.post(path, Map.of("zones", this.zone + "," + this.otherZone, "classes",
				"OPIOID,STIMULANT", "minimumSeverity", "WARNING", "language", "fr"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("?lang=fr"));
		assertThat(this.subscriptions.choices(id, signature(id))).hasValueSatisfying((choices) -> {
			assertThat(choices.zones()).containsExactlyInAnyOrder(this.zone, this.otherZone);
			assertThat(choices.classes()).containsExactlyInAnyOrder(SubstanceClass.OPIOID, SubstanceClass.STIMULANT);
			assertThat(choices.minimumSeverity()).isEqualTo(Severity.WARNING);
			assertThat(choices.language()).isEqualTo(Locale.FRENCH);
		});
		assertThat(reader.get(path + "?lang=fr").body())
			.contains("Enregistré. Vos prochaines alertes suivent ces choix.", "Opioïde", "Stimulant");

		reader.post(path + "/leave-class", Map.of("class", "OPIOID"));
		assertThat(this.subscriptions.choices(id, signature(id)).orElseThrow().classes())
			.containsExactly(SubstanceClass.STIMULANT);
		String last = reader.post(path + "/leave-class", Map.of("class", "STIMULANT")).body();
		assertThat(last).contains("C’est la seule sorte de drogue que vous avez choisie");
		assertThat(this.subscriptions.choices(id, signature(id)).orElseThrow().classes())
			.containsExactly(SubstanceClass.STIMULANT);
	}

	@Test
	void theLastZoneABadZoneNoZoneOrAForgedLinkAreRefusedInPlainWordsAndChangeNothing() {
		String address = address("careful");
		long id = subscribed(address, List.of(this.zone));
		String path = path(id);
		WebSession reader = new WebSession(this.port);
		reader.get(path);
		Subscriptions.Choices before = this.subscriptions.choices(id, signature(id)).orElseThrow();

		assertThat(reader.post(path + "/leave-zone", Map.of("zone", this.zone)).body())
			.contains("This is your last zone", "Stop all alerts and delete my address");
		assertThat(reader.post(path + "/leave-zone", Map.of("zone", this.otherZone)).body())
			.contains("You do not get alerts for that zone");
		assertThat(reader.post(path, Map.of("zones", "NOWHERE", "minimumSeverity", "URGENT", "language", "fr")).body())
			.contains("There is no zone “NOWHERE”");
		assertThat(reader.post(path, Map.of("minimumSeverity", "URGENT", "language", "fr")).body())
			.contains("Choose at least one zone, or every zone");
		String forged = "/alerts/preferences/" + id + "/" + "0".repeat(32);
		assertThat(reader.get(forged).body()).contains("This link is not one we sent")
			.doesNotContain("Save my choices");
		assertThat(reader.post(forged, Map.of("zones", this.otherZone, "minimumSeverity", "URGENT")).body())
			.contains("This link is not one we sent");
		assertThat(reader.post(forged.replace("/preferences/", "/unsubscribe/"), Map.of()).body())
			.contains("This link is not one we sent");

		assertThat(this.subscriptions.choices(id, signature(id))).contains(before);
	}

	@Test
	void leavingOneZoneBySmsKeepsTheOthersAndTheLastZoneIsRefusedInOneSegmentInEitherLanguage() {
		for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			boolean french = language.equals(Locale.FRENCH);
			String phone = TestPhones.next();
			this.subscriptions.subscribePhone(phone, new Subscriptions.Request(List.of(this.zone, this.otherZone),
					false, List.of(), Severity.ADVISORY, language));
			this.smsc.awaitMessagesTo(phone, 1);
			this.smsc.text(phone, french ? "oui" : "YES");
			this.smsc.awaitMessagesTo(phone, 2);

			this.smsc.text(phone, (french ? "quitter " : "LEAVE ") + this.zone.toLowerCase(Locale.ROOT));
			assertThat(this.smsc.awaitMessagesTo(phone, 3).get(2)).startsWith(french
					? "Vous ne recevrez plus les alertes pour Port" : "You will no longer get alerts for Harbour");
			this.smsc.text(phone, (french ? "Quitter " : "leave ") + this.otherZone);
			String refused = this.smsc.awaitMessagesTo(phone, 4).get(3);

			assertThat(refused).isEqualTo(french ? "Colline " + this.otherZone
					+ " est votre seule zone. Envoyez ARRET pour ne plus rien recevoir, ou ABONNER une autre zone avant."
					: "Hillside " + this.otherZone
							+ " is your only zone. Text STOP to get no more alerts, or JOIN another zone first.");
			assertThat(SmsLength.of(refused).segments()).isEqualTo(1);
			UUID alert = issue(this.otherZone);
			assertThat(this.smsc.awaitMessagesTo(phone, 5).get(4))
				.contains(french ? "Fentanyl dans des comprimés bleus." : "Fentanyl in blue pills.");
			assertThat(this.subscriptions.recipientsOf(alert)).isGreaterThanOrEqualTo(1);
		}
		String stranger = TestPhones.next();
		this.smsc.text(stranger, "QUITTER " + this.zone);
		assertThat(this.smsc.awaitMessagesTo(stranger, 1).get(0))
			.startsWith("Vous ne recevez aucune alerte. Pour les recevoir, textez ABONNER");
	}

	@Test
	void theDeliveryPageCountsEmailBesideSms() {
		String address = address("counted");
		subscribed(address, List.of(this.zone));
		String phone = TestPhones.next();
		this.subscriptions.subscribePhone(phone,
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		this.smsc.awaitMessagesTo(phone, 1);
		this.smsc.text(phone, "YES");
		this.smsc.awaitMessagesTo(phone, 2);

		UUID alert = issue(this.zone);
		String batch = AlertFanOut.batchOf(alert);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.emails.progress(batch).sent() == 1 && this.outbox.progress(batch).finished()
					&& this.outbox.progress(batch).total() == 1);
		awaitMessages(address, 2);

		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		String page = admin.get("/app/alerts/" + alert + "/deliveries").body().replaceAll("\\s+", " ");
		DeliveryProgress sms = this.outbox.progress(batch);
		assertThat(page).contains("Messages by channel", "<th scope=\"col\">SMS</th>", "<th scope=\"col\">Email</th>",
				"<th scope=\"row\">Sent, not confirmed</th><td>" + sms.sent() + "</td><td>1</td>",
				"<th scope=\"row\">Waiting</th><td>0</td><td>0</td>",
				"<th scope=\"row\">Failed</th><td>0</td><td>0</td>",
				"<th scope=\"row\">Delivered</th><td>" + sms.delivered() + "</td><td>does not apply</td>");
		assertThat(sms.sent() + sms.delivered()).isEqualTo(1);
	}

	@Test
	void theEmailOutboxCountsABatchByStateAndOnlyThatBatch() {
		String batch = "batch:" + UUID.randomUUID();
		String address = address("batch");
		this.emails.queue(batch, batch + ":1", Email.of(address, "One", "One"));
		this.emails.queue(batch, batch + ":2", Email.of(address, "Two", "Two"));
		this.emails.queue(batch, batch + ":2", Email.of(address, "Two again", "Two again"));
		this.emails.queue(batch + ":3", Email.of(address, "Not in the batch", "Not in the batch"));
		this.jdbc.sql(
				"UPDATE email_outbox SET state = 'FAILED', recipient = NULL, last_error = 'The SMTP server could not be reached.', next_attempt_at = program_now() + interval '1 day' WHERE key = :key")
			.param("key", batch + ":2")
			.update();

		await().atMost(Duration.ofSeconds(20)).until(() -> this.emails.progress(batch).sent() == 1);
		DeliveryProgress progress = this.emails.progress(batch);

		assertThat(progress).isEqualTo(new DeliveryProgress(0, 0, 1, 0, 1, 0, "The SMTP server could not be reached."));
		assertThat(progress.finished()).isTrue();
		assertThat(this.emails.progress("batch:" + UUID.randomUUID()).total()).isZero();
	}

	@Test
	void unconfirmedSubscriptionsOlderThan48HoursArePurgedWithTheirContactAndTheOthersAreKept() {
		String old = address("old");
		String young = address("young");
		String confirmedLongAgo = address("loyal");
		this.subscriptions.subscribeEmail(old,
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		this.subscriptions.subscribeEmail(young,
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		long oldId = idOf(old);
		long youngId = idOf(young);
		long loyalId = subscribed(confirmedLongAgo, List.of(this.zone));
		this.jdbc.sql(
				"UPDATE subscribers SET created_at = created_at - interval '48 hours 1 minute' WHERE id IN (:old, :loyal)")
			.param("old", oldId)
			.param("loyal", loyalId)
			.update();
		this.jdbc
			.sql("UPDATE subscribers SET created_at = created_at - interval '47 hours 59 minutes' WHERE id = :young")
			.param("young", youngId)
			.update();
		assertThat(sealedContactOf(oldId)).isNotNull();

		this.subscriptions.purgeUnconfirmed();

		assertThat(this.jdbc.sql("SELECT count(*) FROM subscribers WHERE id = :id OR contact_hash = :hash")
			.param("id", oldId)
			.param("hash", this.contacts.hash(Channel.EMAIL, old))
			.query(Long.class)
			.single()).isZero();
		assertThat(idOf(young)).isEqualTo(youngId);
		assertThat(idOf(confirmedLongAgo)).isEqualTo(loyalId);
		assertThat(sealedContactOf(youngId)).isNotNull();
	}

	long subscribed(String address, List<String> zones) {
		this.subscriptions.subscribeEmail(address,
				new Subscriptions.Request(zones, false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		String confirm = link(body(awaitMessages(address, 1).get(0)), "confirm");
		this.subscriptions.confirmEmail(EmailSubscriptionIntegrationTests.token(confirm));
		return idOf(address);
	}

	long idOf(String address) {
		return this.jdbc.sql("SELECT id FROM subscribers WHERE contact_hash = :hash")
			.param("hash", this.contacts.hash(Channel.EMAIL, address))
			.query(Long.class)
			.single();
	}

	String sealedContactOf(long id) {
		return this.jdbc.sql("SELECT contact_sealed FROM subscribers WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	String signature(long id) {
		return this.contacts.unsubscribeSignature(id);
	}

	String path(long id) {
		return "/alerts/preferences/" + id + "/" + signature(id);
	}

	UUID issue(String zone) {
		UUID id = this.desk
			.draft(AlertsIntegrationTests.ANA, AlertsIntegrationTests.draft(Severity.WARNING, List.of(zone)),
					UUID.randomUUID().toString())
			.id();
		this.desk.approve(AlertsIntegrationTests.BEN, id);
		this.desk.issue(AlertsIntegrationTests.BEN, id);
		return id;
	}

	static Matcher preferencesLink(String body) {
		Matcher matcher = PREFERENCES.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("a preferences link in: " + body).isTrue();
		return matcher;
	}

	static String address(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
