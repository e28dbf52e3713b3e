package org.satellite.alerts.internal;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.awaitility.Awaitility;
import org.satellite.messaging.SmsOutbox;
import org.satellite.web.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert pages and feeds over real HTTP: two staff accounts draft, approve and issue
 * an urgent alert; the public pages, the Atom and JSON feeds and the CAP documents show
 * it; every CAP document validates against the CAP 1.2 schema in
 * {@code ../shared/schemas}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AlertPagesIntegrationTests {

	static final Path CAP_SCHEMA = Path.of("..", "shared", "schemas", "CAP-v1.2.xsd");

	static final Pattern ALERT_ID = Pattern.compile("/app/alerts/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SmsOutbox outbox;

	String zone;

	@BeforeEach
	void zone() {
		this.zone = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Harbour " + this.zone, "Port " + this.zone);
	}

	@Test
	void twoStaffMembersDraftApproveAndIssueAnUrgentAlertThroughThePages() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordinator", "satellite-demo");
		String form = coordinator.get("/app/alerts/new").body();
		String key = value(form, "key");

		HttpResponse<String> created = coordinator.post("/app/alerts", alertForm(key, "URGENT"));
		Matcher id = ALERT_ID.matcher(created.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as("redirected to the new draft").isTrue();
		String alert = id.group(1);
		assertThat(coordinator.get("/app/alerts/" + alert).body()).contains("Carfentanil in purple powder", "1 SMS");

		coordinator.post("/app/alerts/" + alert + "/approve", Map.of());
		assertThat(coordinator.get("/app/alerts/" + alert).body()).contains("someone else must approve it");

		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		admin.get("/app/alerts/" + alert);
		admin.post("/app/alerts/" + alert + "/approve", Map.of());
		admin.get("/app/alerts/" + alert);
		admin.post("/app/alerts/" + alert + "/issue", Map.of());

		assertThat(this.desk.require(UUID.fromString(alert)).status()).isEqualTo(AlertStatus.ISSUED);
		String deliveries = admin.get("/app/alerts/" + alert + "/deliveries").body();
		assertThat(deliveries).contains("Deliveries", "Connected to the SMS gateway");
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		assertThat(peer.get("/app/alerts/" + alert).statusCode()).isEqualTo(403);
	}

	/**
	 * During the outage the page says in plain words that the SMS centre cannot be
	 * reached (never an exception's text); after it, the page still shows when the SMS
	 * centre could not be reached and why.
	 */
	@Test
	void theDeliveryPageShowsAnSmsCentreThatRefusesConnectionsAndTheMessagesWaiting() throws Exception {
		String phone = TestPhones.next();
		this.subscriptions.subscribePhone(phone,
				new Subscriptions.Request(List.of(this.zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		TestSmsc.shared().awaitMessagesTo(phone, 1);
		TestSmsc.shared().text(phone, "YES");
		TestSmsc.shared().awaitMessagesTo(phone, 2);
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		TestSmsc.shared().refuseConnections(true);
		UUID alertAfterTheOutage = null;
		try {
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.outbox.gateway().failedAttempts() >= 2);
			UUID alert = issue();
			Awaitility.await().until(() -> this.outbox.progress("alert:" + alert).queued() == 1);

			HttpResponse<String> page = admin.get("/app/alerts/" + alert + "/deliveries");

			assertThat(page.body()).contains("The SMS gateway cannot be reached", "tries failed",
					"Messages wait in the queue", "The SMS centre could not be reached.");
			assertThat(page.body()).doesNotContain("Exception", "Connection refused");
			assertThat(page.headers().firstValue("Refresh")).hasValue("5");
			alertAfterTheOutage = alert;
		}
		finally {
			TestSmsc.shared().refuseConnections(false);
		}
		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 3)).hasSize(3);
		UUID sent = alertAfterTheOutage;
		Awaitility.await().until(() -> this.outbox.progress("alert:" + sent).finished());
		String after = admin.get("/app/alerts/" + sent + "/deliveries").body();
		assertThat(after).as("the outage kept in the alert's delivery history")
			.contains("When the SMS centre could not be reached while this alert went out", "From ",
					"The SMS centre could not be reached.")
			.doesNotContain("The SMS gateway cannot be reached");
		WebSession french = new WebSession(this.port);
		french.login("admin", "satellite-demo");
		assertThat(french.get("/app/alerts/" + sent + "/deliveries?lang=fr").body())
			.contains("Quand le centre SMS était injoignable", "Le centre SMS était injoignable.");
		Awaitility.await().until(() -> !admin.get("/app/alerts").body().isEmpty());
	}

	@Test
	void aDraftWithoutFrenchComesBackWith422AndWhatWasTypedSayingWhatIsMissingInTheReadersLanguageAndSavesNothing() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordinator", "satellite-demo");
		String key = value(coordinator.get("/app/alerts/new").body(), "key");
		Map<String, String> form = new HashMap<>(alertForm(key, "WARNING"));
		form.put("headlineFr", "");
		long before = count();

		HttpResponse<String> refused = coordinator.post("/app/alerts", form);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("in French too")
			.as("what was typed is still in the form")
			.contains("value=\"Carfentanil in purple powder\"", "Checked samples held carfentanil.");
		assertThat(count()).isEqualTo(before);

		HttpResponse<String> enFrancais = coordinator.speaking("fr").post("/app/alerts", form);

		assertThat(enFrancais.statusCode()).isEqualTo(422);
		assertThat(enFrancais.body())
			.contains("Écrivez aussi le titre, les détails, quoi faire et le texto en français.")
			.contains("value=\"Carfentanil in purple powder\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void publicPagesAndFeedsShowTheAlertInBothLanguagesAndEveryCapDocumentValidates() throws Exception {
		UUID alert = issue();
		UUID update = this.desk.startUpdate(AlertsIntegrationTests.ANA, alert);
		this.desk.approve(AlertsIntegrationTests.BEN, update);
		this.desk.issue(AlertsIntegrationTests.BEN, update);
		UUID second = issue();
		UUID cancellation = this.desk.cancel(AlertsIntegrationTests.BEN, second, "False alarm.", "Fausse alerte.");

		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/alerts/" + alert).body()).contains("Fentanyl in blue pills", "Replaced by an update");
		visitor.speaking("fr");
		assertThat(visitor.get("/alerts/" + update).body()).contains("Fentanyl dans des comprimés bleus",
				"Port " + this.zone);
		assertThat(visitor.get("/alerts/" + update + "/poster").body()).contains("Valide jusqu’au");

		SyndFeed atom = new SyndFeedInput().build(new StringReader(visitor.get("/alerts.atom").body()));
		assertThat(atom.getEntries()).extracting((entry) -> entry.getLink())
			.contains("http://localhost:" + this.port + "/alerts/" + update);
		assertThat(visitor.get("/alerts.json").body()).contains(update.toString(), "Fentanyl dans des comprimés bleus");

		for (UUID id : List.of(alert, update, second, cancellation)) {
			String cap = visitor.get("/alerts/" + id + ".cap.xml").body();
			validate(cap);
		}
		Document updateCap = parse(visitor.get("/alerts/" + update + ".cap.xml").body());
		assertThat(text(updateCap, "msgType")).isEqualTo("Update");
		assertThat(text(updateCap, "references")).contains("satellite-" + alert);
		assertThat(updateCap.getElementsByTagNameNS(CAP, "info").getLength()).isEqualTo(2);
		assertThat(updateCap.getElementsByTagNameNS(CAP, "language").item(1).getTextContent()).isEqualTo("fr-CA");
		assertThat(updateCap.getElementsByTagNameNS(CAP, "areaDesc").item(1).getTextContent())
			.isEqualTo("Port " + this.zone);
		assertThat(text(updateCap, "expires")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
		assertThat(text(parse(visitor.get("/alerts/" + cancellation + ".cap.xml").body()), "msgType"))
			.isEqualTo("Cancel");
		assertThat(visitor.get("/alerts/" + UUID.randomUUID() + ".cap.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void theSubscriptionFormRefusesABadNumberAndTextsAGoodOne() {
		WebSession visitor = new WebSession(this.port);
		visitor.get("/alerts/subscribe");
		long before = this.jdbc.sql("SELECT count(*) FROM subscribers").query(Long.class).single();

		HttpResponse<String> refused = visitor.post("/alerts/subscribe",
				Map.of("phone", "12", "zones", this.zone, "minimumSeverity", "URGENT", "language", "fr"));

		assertThat(refused.body()).contains("not a phone number we can text");
		assertThat(refused.body()).as("the choices come back ticked, to fix only the number")
			.contains("value=\"" + this.zone + "\" checked=\"checked\"", "value=\"URGENT\" checked=\"checked\"",
					"value=\"fr\" checked=\"checked\"")
			.doesNotContain("value=\"ADVISORY\" checked=\"checked\"");
		assertThat(this.jdbc.sql("SELECT count(*) FROM subscribers").query(Long.class).single()).isEqualTo(before);

		String phone = TestPhones.next();
		visitor.get("/alerts/subscribe");
		visitor.post("/alerts/subscribe", Map.of("phone", phone, "zones", this.zone, "language", "fr"));
		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 1).get(0)).contains("répondez OUI");
	}

	static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";

	static void validate(String document) throws Exception {
		assertThat(CAP_SCHEMA)
			.as("the CAP 1.2 schema is missing: this test needs ../shared/schemas/CAP-v1.2.xsd beside the project")
			.exists();
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Validator validator = factory.newSchema(CAP_SCHEMA.toFile()).newValidator();
		validator.validate(new StreamSource(new StringReader(document)));
	}

	static Document parse(String document) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
	}

	static String text(Document document, String element) {
		return document.getElementsByTagNameNS(CAP, element).item(0).getTextContent();
	}

	UUID issue() {
		UUID id = this.desk
			.draft(AlertsIntegrationTests.ANA, AlertsIntegrationTests.draft(Severity.WARNING, List.of(this.zone)),
					UUID.randomUUID().toString())
			.id();
		this.desk.approve(AlertsIntegrationTests.BEN, id);
		this.desk.issue(AlertsIntegrationTests.BEN, id);
		return id;
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM alerts").query(Long.class).single();
	}

	Map<String, String> alertForm(String key, String severity) {
		return Map.ofEntries(Map.entry("key", key), Map.entry("severity", severity), Map.entry("zones", this.zone),
				Map.entry("substances", "carfentanil"), Map.entry("classes", "OPIOID"),
				Map.entry("description", "Purple powder"), Map.entry("headlineEn", "Carfentanil in purple powder"),
				Map.entry("headlineFr", "Carfentanil dans une poudre violette"),
				Map.entry("bodyEn", "Checked samples held carfentanil."),
				Map.entry("bodyFr", "Des échantillons contenaient du carfentanil."),
				Map.entry("instructionEn", "Use less, do not use alone, keep naloxone close."),
				Map.entry("instructionFr", "Consommez moins, jamais seul·e, gardez la naloxone près de vous."),
				Map.entry("smsEn", "URGENT: carfentanil in purple powder. Use less, never alone."),
				Map.entry("smsFr", "URGENT : carfentanil dans une poudre violette. Moins, jamais seul·e."));
	}

	static String value(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("the form has " + name).isTrue();
		return matcher.group(1);
	}

}
