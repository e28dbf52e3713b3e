package org.satellite.alerts.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.Emails;
import org.satellite.messaging.TestMailServer;
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
 * Email subscriptions over real SMTP (the shared GreenMail): a confirmation link, alerts
 * in the subscriber's language with one-click unsubscribe, and nothing after
 * unsubscribing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmailSubscriptionIntegrationTests {

	static final Pattern LINK = Pattern.compile("http://[^\\s\"<>]+/alerts/(confirm|unsubscribe)/[^\\s\"<>]+");

	@LocalServerPort
	int port;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	ProgramTime time;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Emails emails;

	@Test
	void anEmailSubscriberConfirmsByLinkGetsAlertsInFrenchAndStopsWithOneClick() throws Exception {
		String zone = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Lakeshore " + zone, "Rive " + zone);
		String address = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.subscriptions.subscribeEmail(address,
				new Subscriptions.Request(List.of(zone), false, List.of(), Severity.ADVISORY, Locale.FRENCH));

		MimeMessage confirmation = awaitMessages(address, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confirmez vos alertes drogues Satellite");
		String confirmLink = link(body(confirmation), "confirm");
		UUID before = issue(zone);
		awaitFannedOut(before);
		WebSession browser = new WebSession(this.port);
		String path = confirmLink.substring(confirmLink.indexOf("/alerts/"));
		browser.get(path);
		assertThat(browser.post(path, Map.of()).body()).as("the link opens in the language of the subscription")
			.contains("vous recevrez les alertes par courriel");

		UUID alert = issue(zone);
		awaitMessages(address, 2);
		awaitFannedOut(alert);
		List<MimeMessage> received = messagesTo(address);
		MimeMessage email = received.get(1);
		assertThat(email.getSubject()).isEqualTo("Avertissement: Fentanyl dans des comprimés bleus");
		String unsubscribe = email.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		assertThat(body(email)).contains("Des comprimés vendus comme oxycodone contenaient du fentanyl.",
				alert.toString());
		assertThat(html(email)).as("the HTML part, in French like the text")
			.contains("<html lang=\"fr\">", "<h1>Fentanyl dans des comprimés bleus</h1>",
					"<p>Des comprimés vendus comme oxycodone contenaient du fentanyl.</p>",
					"<strong>Ne consommez pas seul·e. Gardez la naloxone près de vous.</strong>", "Valide jusqu’au ",
					"/alerts/" + alert + "?lang=fr", ">Changer ce que je reçois</a>",
					">Arrêter toutes les alertes et effacer mon adresse</a>")
			.doesNotContain("alerts.email.");
		assertThat(received).as("nothing from the alert issued before confirmation").hasSize(2);

		String unsubscribePath = unsubscribe.substring(unsubscribe.indexOf("/alerts/"));
		assertThat(
				new WebSession(this.port).postWithCsrf(unsubscribePath, Map.of("List-Unsubscribe", "One-Click"), false)
					.body())
			.contains("your address is deleted");
		UUID after = issue(zone);
		awaitFannedOut(after);
		assertThat(messagesTo(address)).as("nothing from the alert issued after unsubscribing").hasSize(2);
	}

	@Test
	void whatACoordinatorTypedIsEscapedInTheHtmlPart() {
		String zone = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Harbour " + zone, "Port " + zone);
		String address = "escaped-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.subscriptions.subscribeEmail(address,
				new Subscriptions.Request(List.of(zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		String confirmLink = link(body(awaitMessages(address, 1).get(0)), "confirm");
		this.subscriptions.confirmEmail(token(confirmLink));
		AlertDraft draft = AlertsIntegrationTests.draft(Severity.WARNING, List.of(zone));
		AlertText typed = draft.text();
		AlertDraft marked = AlertsIntegrationTests.withText(draft,
				new AlertText("Pills <b>M30</b> & powder", typed.headlineFr(),
						"Sold as <script>oxy</script> & held fentanyl.", typed.bodyFr(), typed.instructionEn(),
						typed.instructionFr(), typed.smsEn(), typed.smsFr()));
		UUID id = this.desk.draft(AlertsIntegrationTests.ANA, marked, UUID.randomUUID().toString()).id();
		this.desk.approve(AlertsIntegrationTests.BEN, id);
		this.desk.issue(AlertsIntegrationTests.BEN, id);

		MimeMessage email = awaitMessages(address, 2).get(1);

		assertThat(html(email))
			.contains("<h1>Pills &lt;b&gt;M30&lt;/b&gt; &amp; powder</h1>",
					"<p>Sold as &lt;script&gt;oxy&lt;/script&gt; &amp; held fentanyl.</p>")
			.doesNotContain("<b>M30", "<script>");
		assertThat(body(email)).as("the text part says it as typed")
			.contains("Sold as <script>oxy</script> & held fentanyl.");
	}

	@Test
	void anExpiredOrUnknownLinkIsRefusedAndConfirmsNothing() {
		assertThatThrownBy(() -> this.subscriptions.confirmEmail("not-a-token")).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.linkExpired");
		String address = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.subscriptions.subscribeEmail(address,
				new Subscriptions.Request(List.of(), true, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		String link = link(body(awaitMessages(address, 1).get(0)), "confirm");
		this.jdbc.sql(
				"UPDATE subscribers SET token_expires_at = :past WHERE confirmed_at IS NULL AND token_hash IS NOT NULL")
			.param("past", Timestamp.from(this.time.now().minusSeconds(60)))
			.update();

		assertThatThrownBy(() -> this.subscriptions.confirmEmail(token(link)))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.linkExpired");
		assertThatThrownBy(() -> this.subscriptions.subscribeEmail("not an address",
				new Subscriptions.Request(List.of(), true, List.of(), Severity.ADVISORY, Locale.ENGLISH)))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.badEmail");
		assertThatThrownBy(() -> this.subscriptions.unsubscribe(1, "forged"))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("alerts.error.badUnsubscribeLink");
	}

	/**
	 * Waits until the alert's fan-out has run and every email it queued has left the
	 * outbox: any email it was ever going to send has then arrived, so a count after this
	 * is exact.
	 */
	void awaitFannedOut(UUID alert) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("""
						SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id""")
				.param("id", "%" + alert + "%")
				.query(Long.class)
				.single() == 0 && this.emails.progress(AlertFanOut.batchOf(alert)).finished());
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

	/** The token of a confirmation link: its last path segment, without the language. */
	static String token(String link) {
		String path = URI.create(link).getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	static String link(String body, String kind) {
		Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		while (matcher.find()) {
			if (matcher.group(1).equals(kind)) {
				return matcher.group();
			}
		}
		throw new AssertionError("No " + kind + " link in: " + body);
	}

	/** The plain text of a message, decoded. */
	static String body(MimeMessage message) {
		try {
			return text(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The HTML part of a message, decoded. */
	static String html(MimeMessage message) {
		try {
			return part(message.getContent(), "text/html");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String part(Object content, String type) throws Exception {
		if (content instanceof Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType(type)) {
					all.append(part.getContent());
				}
				else if (part.isMimeType("multipart/*")) {
					all.append(part(part.getContent(), type));
				}
			}
			return all.toString();
		}
		return "";
	}

	static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
					all.append(text(part.getContent()));
				}
			}
			return all.toString();
		}
		return "";
	}

	static List<MimeMessage> awaitMessages(String to, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(to).size() >= count);
		return messagesTo(to);
	}

	static List<MimeMessage> messagesTo(String to) {
		List<MimeMessage> mine = new ArrayList<>();
		try {
			for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
				for (Address address : message.getAllRecipients()) {
					if (address.toString().equals(to)) {
						mine.add(message);
					}
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return mine;
	}

}
