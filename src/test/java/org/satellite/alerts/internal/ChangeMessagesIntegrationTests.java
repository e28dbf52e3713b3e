package org.satellite.alerts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.stream.StreamSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.thaiopensource.relaxng.jaxp.CompactSyntaxSchemaFactory;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.satellite.hub.Mailbox;
import org.satellite.hub.internal.EventDetails;
import org.satellite.hub.internal.EventStatus;
import org.satellite.hub.internal.Events;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.web.WebSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a message that changes an earlier one says so in its first words, in the
 * reader's language, says what changed and links to what it changes, on every channel
 * (SMS through the test SMS centre, email through GreenMail, Atom, JSON, CAP); every link
 * starts with the configured public address and opens on it; the feeds validate against
 * their schemas (Atom: RFC 4287's RELAX NG with Jing; JSON: its JSON Schema; CAP: the CAP
 * 1.2 XSD in {@code ../shared/schemas}).
 *
 * <p>
 * The public address is {@code http://127.0.0.1:PORT/}, the server listens on PORT, and
 * the pages are asked for at {@code localhost}: a link built from the request, or the old
 * default {@code http://localhost:8080}, would show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class ChangeMessagesIntegrationTests {

	static final int PORT = freePort();

	static final String BASE = "http://127.0.0.1:" + PORT;

	static final StaffMember ANA = AlertsIntegrationTests.ANA;

	static final StaffMember BEN = AlertsIntegrationTests.BEN;

	static final StaffMember EDITOR = new StaffMember("editor-links", Role.EDITOR, Optional.empty());

	static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	@DynamicPropertySource
	static void publicAddress(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("satellite.public-url", () -> BASE + "/");
	}

	@Autowired
	AlertDesk desk;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Sites sites;

	@Autowired
	Events events;

	@Autowired
	ProgramTime time;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUpdateAndACancellationSayWhatTheyAreOnEveryChannelAndEveryLinkOpensOnThePublicAddress() throws Exception {
		String zone = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Riverside " + zone, "Bord de l’eau " + zone);
		String email = Mailbox.newAddress("reader");
		this.subscriptions.subscribeEmail(email,
				new Subscriptions.Request(List.of(zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		String confirmLink = links(Mailbox.awaitMessage(email, 1)).get(0);
		assertThat(confirmLink).startsWith(BASE + "/alerts/confirm/");
		this.subscriptions.confirmEmail(URI.create(confirmLink).getPath().substring("/alerts/confirm/".length()));
		String phone = TestPhones.next();
		this.subscriptions.subscribePhone(phone,
				new Subscriptions.Request(List.of(zone), false, List.of(), Severity.ADVISORY, Locale.FRENCH));
		TestSmsc.shared().awaitMessagesTo(phone, 1);
		TestSmsc.shared().text(phone, "OUI");
		TestSmsc.shared().awaitMessagesTo(phone, 2);

		UUID alert = this.desk.draft(ANA, AlertsIntegrationTests.draft(Severity.WARNING, List.of(zone)), key()).id();
		this.desk.approve(BEN, alert);
		this.desk.issue(BEN, alert);
		UUID update = this.desk.startUpdate(ANA, alert);
		Alert prefilled = this.desk.require(update);
		this.desk.edit(ANA, update,
				new AlertDraft(Severity.URGENT, prefilled.zones(), prefilled.substances(), prefilled.classes(),
						prefilled.description(), prefilled.text(), prefilled.effectiveFrom(), prefilled.expiresAt(),
						prefilled.sources()));
		this.desk.approve(BEN, update);
		this.desk.issue(BEN, update);
		List<String> texts = TestSmsc.shared().awaitMessagesTo(phone, 4);
		UUID cancellation = this.desk.cancel(BEN, update, "False alarm: no fentanyl.",
				"Fausse alerte : pas de fentanyl.");

		// The alert and its update leave through the outbox one after the other, in
		// either order; the update says what it is whichever arrives first.
		assertThat(texts.subList(2, 4)).containsExactlyInAnyOrder(
				"Fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.",
				"MISE À JOUR : Fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.");
		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 5).get(4)).startsWith("ANNULÉE : ");

		Mailbox.awaitMessage(email, 4);
		List<MimeMessage> mails = Mailbox.messagesTo(email);
		MimeMessage updated = withSubject(mails, "Update: Fentanyl in blue pills (Urgent)");
		MimeMessage cancelled = withSubject(mails, "Cancelled: Fentanyl in blue pills (Urgent)");
		assertThat(mails).extracting(Mailbox::subject).contains("Warning: Fentanyl in blue pills");
		assertThat(text(updated))
			.startsWith("Update: Fentanyl in blue pills (Urgent)\n\n"
					+ "What changed: the level is now Urgent, valid until ")
			.contains("This changes the alert sent on ", ": " + BASE + "/alerts/" + alert + "?lang=en\n");
		assertThat(Mailbox.html(updated)).contains("What changed: the level is now Urgent",
				"href=\"" + BASE + "/alerts/" + alert + "?lang=en\"");
		assertThat(text(cancelled))
			.startsWith("Cancelled: Fentanyl in blue pills (Urgent)\n\n" + "This cancels the alert sent on ")
			.contains(BASE + "/alerts/" + update + "?lang=en", "False alarm: no fentanyl.");

		WebSession visitor = new WebSession(PORT);
		String atom = visitor.get("/alerts.atom").body();
		validateAtom(atom);
		Document feed = AlertPagesIntegrationTests.parse(atom);
		Element updateEntry = entry(feed, update);
		assertThat(child(updateEntry, "title").getTextContent())
			.isEqualTo("Update: Fentanyl in blue pills / Mise à jour : Fentanyl dans des comprimés bleus");
		assertThat(child(child(updateEntry, "author"), "name").getTextContent()).isEqualTo("Satellite");
		assertThat(linkOf(updateEntry, "related")).isEqualTo(BASE + "/alerts/" + alert);
		assertThat(linkOf(updateEntry, "alternate")).isEqualTo(BASE + "/alerts/" + update);
		String content = child(updateEntry, "content").getTextContent();
		assertThat(content).startsWith("What changed: the level is now Urgent")
			.containsPattern(
					"Valid until [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d [AP]M \\S+\\. Status: Cancelled\\.")
			.containsPattern("Valide jusqu’au \\d{1,2} [a-zéû]+\\.? \\d{4} à \\d\\d h \\d\\d \\S+\\. État : Annulée\\.")
			.contains("Ce qui change : le niveau est maintenant Urgent")
			.doesNotContain("CANCELLED", "ISSUED")
			.doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
		assertThat(child(child(entry(feed, alert), "author"), "name").getTextContent()).isEqualTo("Satellite");
		assertThat(child(entry(feed, alert), "content").getTextContent()).contains("Status: Replaced by an update.",
				"État : Remplacée par une mise à jour.");

		String json = visitor.get("/alerts.json").body();
		validateJson(json);
		assertThat(json).contains("\"changes\":\"" + BASE + "/alerts/" + alert + "\"",
				"\"en\":\"Update: Fentanyl in blue pills\"",
				"\"fr\":\"Mise à jour : Fentanyl dans des comprimés bleus\"");

		String originalCap = visitor.get("/alerts/" + alert + ".cap.xml").body();
		String updateCap = visitor.get("/alerts/" + update + ".cap.xml").body();
		String cancelCap = visitor.get("/alerts/" + cancellation + ".cap.xml").body();
		for (String cap : List.of(originalCap, updateCap, cancelCap)) {
			AlertPagesIntegrationTests.validate(cap);
		}
		Document updateDocument = AlertPagesIntegrationTests.parse(updateCap);
		String originalSent = AlertPagesIntegrationTests.text(AlertPagesIntegrationTests.parse(originalCap), "sent");
		assertThat(AlertPagesIntegrationTests.text(updateDocument, "msgType")).isEqualTo("Update");
		assertThat(AlertPagesIntegrationTests.text(updateDocument, "references"))
			.isEqualTo("satellite,satellite-" + alert + "," + originalSent);
		assertThat(AlertPagesIntegrationTests.text(updateDocument, "note"))
			.startsWith("What changed: the level is now Urgent");
		NodeList headlines = updateDocument.getElementsByTagNameNS(AlertPagesIntegrationTests.CAP, "headline");
		assertThat(headlines.item(0).getTextContent()).isEqualTo("Update: Fentanyl in blue pills");
		assertThat(headlines.item(1).getTextContent()).isEqualTo("Mise à jour : Fentanyl dans des comprimés bleus");
		assertThat(AlertPagesIntegrationTests.text(updateDocument, "web"))
			.isEqualTo(BASE + "/alerts/" + update + "?lang=en");
		Document cancelDocument = AlertPagesIntegrationTests.parse(cancelCap);
		assertThat(AlertPagesIntegrationTests.text(cancelDocument, "msgType")).isEqualTo("Cancel");
		assertThat(AlertPagesIntegrationTests.text(cancelDocument, "references"))
			.startsWith("satellite,satellite-" + update + ",");

		List<String> every = new ArrayList<>();
		for (MimeMessage message : Mailbox.messagesTo(email)) {
			every.addAll(links(message));
		}
		every.addAll(atomLinks(feed));
		assertEveryLinkOpensOnThePublicAddress(every);
	}

	@Test
	void anEventMovedSaysSoFirstAndItsLinksOpenOnThePublicAddressEvenWhenRegisteredThroughAnotherAddress()
			throws Exception {
		int number;
		do {
			number = ThreadLocalRandom.current().nextInt(1000, 99_000);
		}
		while (this.events.find(number).isPresent());
		this.events.create(EDITOR, number, details(inDays(8)));
		String email = Mailbox.newAddress("moved");
		WebSession visitor = new WebSession(PORT);
		visitor.get("/hub/events/" + number);
		visitor.post("/hub/events/" + number + "/registrations", Map.of("email", email, "key", key()));
		MimeMessage confirmation = Mailbox.awaitMessage(email, 1);

		this.events.update(EDITOR, number, details(inDays(15)));

		MimeMessage moved = Mailbox.awaitMessage(email, 2);
		assertThat(Mailbox.subject(moved)).startsWith("New date: ");
		assertThat(text(moved)).startsWith(Mailbox.subject(moved) + "\n\n")
			.contains("It was planned for", BASE + "/hub/events/" + number);
		String hubFeed = visitor.get("/hub/feed.atom").body();
		validateAtom(hubFeed);
		assertThat(linkOf(AlertPagesIntegrationTests.parse(hubFeed).getDocumentElement(), "self"))
			.isEqualTo(BASE + "/hub/feed.atom");
		List<String> every = new ArrayList<>(links(confirmation));
		every.addAll(links(moved));
		assertThat(every).contains(BASE + "/hub/events/" + number);
		assertEveryLinkOpensOnThePublicAddress(every);
	}

	void assertEveryLinkOpensOnThePublicAddress(List<String> links) throws Exception {
		Set<String> distinct = new LinkedHashSet<>(links);
		assertThat(distinct).isNotEmpty().allSatisfy((link) -> assertThat(link).startsWith(BASE + "/"));
		for (String link : distinct) {
			if (link.startsWith("https://meet.example/")) {
				continue;
			}
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(link).isEqualTo(200);
		}
	}

	/** The text part as written: SMTP carries its lines with CRLF. */
	static String text(MimeMessage message) {
		return Mailbox.text(message).replace("\r\n", "\n");
	}

	/** Every link in an email, text and HTML parts, in order. */
	static List<String> links(MimeMessage message) {
		List<String> found = allLinks(text(message));
		found.addAll(allLinks(Mailbox.html(message).replace("&amp;", "&")));
		return found.stream().filter((link) -> !link.startsWith("https://meet.example/")).toList();
	}

	/**
	 * The links of an Atom feed: its {@code atom:link}s and the links in its entries'
	 * texts.
	 */
	static List<String> atomLinks(Document feed) {
		List<String> found = new ArrayList<>();
		NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			found.add(((Element) links.item(i)).getAttribute("href"));
		}
		NodeList contents = feed.getElementsByTagNameNS(ATOM, "content");
		for (int i = 0; i < contents.getLength(); i++) {
			found.addAll(allLinks(contents.item(i).getTextContent()));
		}
		return found;
	}

	static List<String> allLinks(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("[.,;:)]+$", ""));
		}
		return found;
	}

	static void validateAtom(String atom) throws Exception {
		var schema = new CompactSyntaxSchemaFactory()
			.newSchema(ChangeMessagesIntegrationTests.class.getResource("/schemas/atom.rnc"));
		schema.newValidator().validate(new StreamSource(new StringReader(atom)));
	}

	static void validateJson(String json) throws IOException {
		try (InputStream in = ChangeMessagesIntegrationTests.class
			.getResourceAsStream("/schemas/alerts-feed.schema.json")) {
			var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
			assertThat(schema.validate(json, InputFormat.JSON)).as("the JSON feed against its schema").isEmpty();
		}
	}

	static Element entry(Document feed, UUID id) {
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (child(entry, "id").getTextContent().equals("urn:uuid:" + id)) {
				return entry;
			}
		}
		throw new AssertionError("No Atom entry for " + id);
	}

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static Element child(Element parent, String name) {
		NodeList children = parent.getElementsByTagNameNS(ATOM, name);
		assertThat(children.getLength()).as(name).isPositive();
		return (Element) children.item(0);
	}

	static String linkOf(Element entry, String rel) {
		NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			String linkRel = link.getAttribute("rel").isEmpty() ? "alternate" : link.getAttribute("rel");
			if (linkRel.equals(rel)) {
				return link.getAttribute("href");
			}
		}
		return null;
	}

	private EventDetails details(LocalDateTime start) {
		return new EventDetails("Links event " + UUID.randomUUID().toString().substring(0, 6), "Événement des liens",
				"About.", "Sur.", start, "America/Toronto", 90, EventStatus.SCHEDULED, true,
				"Join at https://meet.example/room", "", "", null, null);
	}

	private LocalDateTime inDays(int days) {
		return LocalDateTime.ofInstant(this.time.now(), this.time.zone()).plusDays(days).withSecond(0).withNano(0);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The one message with this subject: the outbox sends in no fixed order. */
	private static MimeMessage withSubject(List<MimeMessage> mails, String subject) {
		List<MimeMessage> found = mails.stream().filter((mail) -> Mailbox.subject(mail).equals(subject)).toList();
		assertThat(found).as("messages with the subject " + subject).hasSize(1);
		return found.get(0);
	}

}
