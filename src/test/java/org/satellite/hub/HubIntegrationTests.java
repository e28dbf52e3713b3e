package org.satellite.hub;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.ThrowableAssert;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.satellite.hub.internal.Curation;
import org.satellite.hub.internal.DatePrecision;
import org.satellite.hub.internal.Event;
import org.satellite.hub.internal.EventDetails;
import org.satellite.hub.internal.EventStatus;
import org.satellite.hub.internal.Events;
import org.satellite.hub.internal.Registrations;
import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.ResourceDetails;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.ResourceSearch;
import org.satellite.hub.internal.Resources;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The knowledge hub over real PostgreSQL, real HTTP and real SMTP (GreenMail): the demo
 * event, registrations and their emails, the jobs, the library, the feed, and every kind
 * of bad input refused with a clear reason and nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class HubIntegrationTests {

	static final StaffMember EDITOR = new StaffMember("editor-test", Role.EDITOR, Optional.empty());

	static final StaffMember COORDINATOR = new StaffMember("coord-test", Role.COORDINATOR, Optional.empty());

	static final List<String> EVENT_9_TITLES = List.of(
			"\"I couldn't live with killing one of my friends or anybody\": A rapid ethnographic study of drug sellers' use of drug checking",
			"Practices of care among people who buy, use, and sell drugs in community settings",
			"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking",
			"Some Dealers Are Checking Their Drugs to Keep Clients Alive",
			"Why Drug Dealers Are an Under-Utilized Anti-Overdose Resource", "Rethinking the \"Drug Dealer\"",
			"Rethinking the Drug Dealer", "Leaked FBI Report: Drug Sellers Practice Harm Reduction",
			"\"Here to Make It Less Dangerous\"—The Work of a Dark-Web Drug Seller",
			"It's time to admit it: Drug dealers should be considered essential workers",
			"Illicit drug prices and quantity discounts: A comparison between a cryptomarket, social media, and police data",
			"The protective effect of trusted dealers against opioid overdose in the U.S.");

	@Autowired
	Events events;

	@Autowired
	Resources resources;

	@Autowired
	Curation curation;

	@Autowired
	Registrations registrations;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theDemoHubHasEvent9PostponedWithItsTwelveResourcesInOrderAndNoInventedLink() {
		Event event = this.events.require(9);
		assertThat(event.titleEn()).isEqualTo("Harm Reduction & Drug Selling");
		assertThat(event.titleFr()).isEqualTo("Réduction des méfaits et vente de drogues");
		assertThat(event.status()).isEqualTo(EventStatus.POSTPONED);
		assertThat(event.interpretation()).isTrue();

		List<Resource> listed = this.curation.of(9);
		assertThat(listed).extracting(Resource::title).containsExactlyElementsOf(EVENT_9_TITLES);
		assertThat(listed).extracting(Resource::link).containsOnlyNulls();
		assertThat(listed).allSatisfy((resource) -> {
			assertThat(resource.descriptionEn()).isNotBlank().doesNotContainIgnoringCase("dealer");
			assertThat(resource.descriptionFr()).isNotBlank();
		});
		assertThat(listed.get(5).authors()).isEqualTo("Drug Policy Alliance");
		assertThat(listed.get(6).kind()).isEqualTo(ResourceKind.VIDEO_SERIES);
	}

	@Test
	void theLibraryFindsTrustingTheSourceByTheWordChecking() {
		List<String> found = this.resources.search(new ResourceSearch("checking", null, null, null, null))
			.stream()
			.map(Resource::title)
			.toList();

		assertThat(found).contains(EVENT_9_TITLES.get(2), EVENT_9_TITLES.get(0), EVENT_9_TITLES.get(3))
			.doesNotContain(EVENT_9_TITLES.get(10));
	}

	@Test
	void theLibraryFiltersByKindTagLanguageAndYear() {
		assertThat(this.resources.search(new ResourceSearch(null, ResourceKind.VIDEO_SERIES, null, null, null)))
			.extracting(Resource::title)
			.contains("Rethinking the Drug Dealer")
			.allSatisfy((title) -> assertThat(title).isNotEqualTo(EVENT_9_TITLES.get(5)));
		assertThat(this.resources.search(new ResourceSearch(null, null, "recommendations", null, null)))
			.extracting(Resource::title)
			.contains("Rethinking the \"Drug Dealer\"");
		assertThat(this.resources.search(new ResourceSearch(null, null, null, "en", 2019))).extracting(Resource::title)
			.contains(EVENT_9_TITLES.get(2), EVENT_9_TITLES.get(4), EVENT_9_TITLES.get(5), EVENT_9_TITLES.get(6))
			.doesNotContain(EVENT_9_TITLES.get(0), EVENT_9_TITLES.get(1));
		assertThat(this.resources.search(new ResourceSearch(null, null, null, "fr", 2019))).extracting(Resource::title)
			.doesNotContainAnyElementsOf(EVENT_9_TITLES);
	}

	@Test
	void refusesAnUpcomingEventScheduledInThePastAndChangesNothing() {
		int number = freeNumber();
		LocalDateTime yesterday = LocalDateTime.ofInstant(this.time.now(), this.time.zone()).minusDays(1);

		assertRefused(() -> this.events.create(EDITOR, number, details(yesterday, EventStatus.SCHEDULED, null)),
				"hub.error.scheduledInThePast");
		assertThat(this.events.find(number)).isEmpty();

		Event planned = this.events.create(EDITOR, number, details(inDays(10), EventStatus.SCHEDULED, null));
		assertRefused(() -> this.events.update(EDITOR, number, details(yesterday, EventStatus.SCHEDULED, null)),
				"hub.error.scheduledInThePast");
		assertThat(this.events.require(number).startsAt()).isEqualTo(planned.startsAt());
	}

	@Test
	void aPastEventMayBeRecordedAsHeld() {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(
				LocalDateTime.ofInstant(this.time.now(), this.time.zone()).minusDays(40), EventStatus.HELD, null));

		assertThat(this.events.past()).extracting(Event::number).contains(number);
		assertThat(this.events.upcoming()).extracting(Event::number).doesNotContain(number);
	}

	@Test
	void refusesRegistrationForAPostponedEvent() throws Exception {
		String email = Mailbox.newAddress("postponed");
		long before = this.registrations.count(9);

		assertRefused(() -> this.registrations.register(9, email, Locale.ENGLISH, key()),
				"hub.error.registerPostponed");
		assertThat(this.registrations.count(9)).isEqualTo(before);

		HttpResponse<String> page = postForm("/hub/events/9/registrations", Map.of("email", email, "key", key()));
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("This event is postponed: you can register when the new date is set.");
		assertThat(this.registrations.count(9)).isEqualTo(before);
	}

	@Test
	void refusesRegistrationForAFullEvent() {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(10), EventStatus.SCHEDULED, 1));
		this.registrations.register(number, Mailbox.newAddress("first"), Locale.ENGLISH, key());

		assertRefused(() -> this.registrations.register(number, Mailbox.newAddress("second"), Locale.ENGLISH, key()),
				"hub.error.full");
		assertThat(this.registrations.count(number)).isEqualTo(1);
	}

	@Test
	void takesNoMoreThanSixtyRegistrationsAMinuteSoTheFormCannotFloodMailboxes() {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(10), EventStatus.SCHEDULED, null));
		long recent = this.jdbc
			.sql("SELECT count(*) FROM hub_registrations WHERE created_at > program_now() - interval '1 minute'")
			.query(Long.class)
			.single();
		for (long i = recent; i < 60; i++) {
			this.jdbc
				.sql("""
						INSERT INTO hub_registrations (id, event_number, email_sealed, email_hash, language, unsubscribe_token)
						VALUES (gen_random_uuid(), :n, 'k:x', gen_random_uuid()::text, 'en', gen_random_uuid()::text)""")
				.param("n", number)
				.update();
		}
		try {
			assertRefused(() -> this.registrations.register(number, Mailbox.newAddress("flood"), Locale.ENGLISH, key()),
					"hub.error.busy");
		}
		finally {
			this.jdbc.sql("DELETE FROM hub_registrations WHERE event_number = :n").param("n", number).update();
		}
		this.registrations.register(number, Mailbox.newAddress("calm"), Locale.ENGLISH, key());
		assertThat(this.registrations.count(number)).isEqualTo(1);
	}

	@Test
	void refusesAMalformedEmailOnThePageWithAPlainMessage() throws Exception {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(10), EventStatus.SCHEDULED, null));

		for (String bad : List.of("", "not-an-address", "two@@example.org", "someone@example", "a b@example.org",
				"<x>@example.org", "x".repeat(250) + "@example.org")) {
			assertRefused(() -> this.registrations.register(number, bad, Locale.ENGLISH, key()), "hub.error.badEmail");
		}
		HttpResponse<String> page = postForm("/hub/events/" + number + "/registrations",
				Map.of("email", "not-an-address", "key", key()));

		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("That does not look like an email address. Check it and try again.");
		assertThat(this.registrations.count(number)).isZero();
	}

	@Test
	void refusesRegistrationForAnEventThatDoesNotExist() throws Exception {
		assertThatThrownBy(
				() -> this.registrations.register(99_999, Mailbox.newAddress("nobody"), Locale.ENGLISH, key()))
			.isInstanceOf(NotFound.class);
		assertThat(postForm("/hub/events/99999/registrations", Map.of("email", "a@example.org", "key", key()))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void refusesAResourceLinkThatIsNotAWebAddressAndChangesNothing() {
		long before = countResources();
		for (String bad : List.of("javascript:alert(1)", "ftp://example.org/file", "file:///etc/passwd", "example.org",
				"https://", "data:text/html,hi")) {
			assertRefused(() -> this.resources.add(EDITOR, resource(bad), key()), "hub.error.badLink");
		}
		assertThat(countResources()).isEqualTo(before);

		Resource added = this.resources.add(EDITOR, resource("https://example.org/report"), key());
		assertRefused(() -> this.resources.update(EDITOR, added.id(), resource("javascript:alert(1)")),
				"hub.error.badLink");
		assertThat(this.resources.require(added.id()).link()).isEqualTo("https://example.org/report");
		assertRefused(
				() -> this.events.create(EDITOR, freeNumber(), new EventDetails("T", "T", "", "", inDays(5),
						"America/Toronto", 90, EventStatus.SCHEDULED, true, "", "", "", "javascript:alert(1)", null)),
				"hub.error.badLink");
	}

	@Test
	void curatesEachListInTheEditorsOrderAndAResourceMayBeOnSeveralLists() {
		int one = freeNumber();
		this.events.create(EDITOR, one, details(inDays(10), EventStatus.SCHEDULED, null));
		int two = freeNumber();
		this.events.create(EDITOR, two, details(inDays(20), EventStatus.SCHEDULED, null));
		Resource a = this.resources.add(EDITOR, resource("https://example.org/a"), key());
		Resource b = this.resources.add(EDITOR, resource("https://example.org/b"), key());
		Resource c = this.resources.add(EDITOR, resource("https://example.org/c"), key());
		for (Resource r : List.of(a, b, c)) {
			this.curation.attach(EDITOR, one, r.id());
		}
		this.curation.attach(EDITOR, one, a.id());
		this.curation.attach(EDITOR, two, c.id());

		this.curation.move(EDITOR, one, c.id(), -1);
		this.curation.move(EDITOR, one, a.id(), -1);
		assertThat(this.curation.of(one)).extracting(Resource::id).containsExactly(a.id(), c.id(), b.id());

		this.curation.detach(EDITOR, one, c.id());
		assertThat(this.curation.of(one)).extracting(Resource::id).containsExactly(a.id(), b.id());
		assertThat(this.curation.of(two)).extracting(Resource::id).containsExactly(c.id());
		assertRefused(() -> this.curation.move(EDITOR, one, c.id(), 1), "hub.error.notOnList");
	}

	@Test
	void aResourceFormSentTwiceAddsOneResource() {
		long before = countResources();
		String key = key();

		Resource first = this.resources.add(EDITOR, resource("https://example.org/twice"), key);
		Resource again = this.resources.add(EDITOR, resource("https://example.org/twice"), key);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(countResources()).isEqualTo(before + 1);
		assertRefused(() -> this.resources.add(EDITOR, resource("https://example.org/other"), key),
				"platform.error.idempotencyKeyReused");
	}

	@Test
	void answersACalendarRequestForAnUnknownEventWithAPlainNotFound() throws Exception {
		HttpResponse<String> unknown = get("/hub/events/99999.ics", "en");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(unknown.body()).isEqualTo("There is no event 99999.\n");

		HttpResponse<String> french = get("/hub/events/99999.ics", "fr");
		assertThat(french.body()).isEqualTo("Il n’y a pas d’événement 99999.\n");

		HttpResponse<String> noDate = get("/hub/events/9.ics", "en");
		assertThat(noDate.statusCode()).isEqualTo(404);
		assertThat(noDate.body()).contains("Event 9 has no date yet");
	}

	@Test
	void servesAValidCalendarFileWithoutHowToJoin() throws Exception {
		int number = freeNumber();
		Event event = this.events.create(EDITOR, number, details(inDays(12), EventStatus.SCHEDULED, null));

		HttpResponse<String> file = get("/hub/events/" + number + ".ics", "en");

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		var entry = Mailbox.onlyEvent(Mailbox.parse(file.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(Mailbox.property(entry, "SUMMARY")).isEqualTo(event.titleEn());
		assertThat(file.body()).doesNotContain("secret-room");
	}

	@Test
	void onlyEditorsAndAdminsCurate() throws Exception {
		assertThatThrownBy(
				() -> this.events.create(COORDINATOR, freeNumber(), details(inDays(3), EventStatus.SCHEDULED, null)))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.resources.add(COORDINATOR, resource(null), key())).isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.curation.attach(COORDINATOR, 9, 1)).isInstanceOf(NotAllowed.class);
	}

	@Test
	void registersOnceSealsTheAddressAndSendsTheConfirmationWithAValidCalendarFile(CapturedOutput output) {
		int number = freeNumber();
		Event event = this.events.create(EDITOR, number, details(inDays(8), EventStatus.SCHEDULED, null));
		String email = Mailbox.newAddress("Reader");
		String key = key();

		var first = this.registrations.register(number, email, Locale.FRENCH, key);
		var retried = this.registrations.register(number, email, Locale.FRENCH, key);
		this.registrations.register(number, email.toUpperCase(Locale.ROOT), Locale.FRENCH, key());

		assertThat(retried.replayed()).isTrue();
		assertThat(retried.id()).isEqualTo(first.id());
		assertThat(this.registrations.count(number)).isEqualTo(1);
		String row = this.jdbc.sql("SELECT r::text FROM hub_registrations r WHERE event_number = :n")
			.param("n", number)
			.query(String.class)
			.single();
		assertThat(row).doesNotContainIgnoringCase(email)
			.doesNotContainIgnoringCase(email.substring(0, email.indexOf('@')));

		MimeMessage confirmation = Mailbox.awaitMessage(email, 1);
		assertThat(Mailbox.subject(confirmation)).isEqualTo("Vous êtes inscrit·e : " + event.titleFr());
		assertThat(Mailbox.text(confirmation)).contains("secret-room", "/hub/unsubscribe/", "30 jours");
		var entry = Mailbox.onlyEvent(Mailbox.calendar(confirmation).orElseThrow());
		assertThat(Mailbox.property(entry, "SUMMARY")).isEqualTo(event.titleFr());
		assertThat(Instant
			.from(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(Mailbox.property(entry, "DTSTART"))))
			.isEqualTo(event.startsAt());
		awaitEmailsSent(number);
		assertThat(Mailbox.messagesTo(email)).hasSize(1);
		assertThat(output.getAll()).doesNotContainIgnoringCase(email);
	}

	@Test
	void movingTheDateTellsEveryoneRegisteredOnceWithTheNewCalendarFile() {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(8), EventStatus.SCHEDULED, null));
		String email = Mailbox.newAddress("moved");
		this.registrations.register(number, email, Locale.ENGLISH, key());
		Mailbox.awaitMessage(email, 1);

		Event moved = this.events.update(EDITOR, number, details(inDays(15), EventStatus.SCHEDULED, null));
		this.events.update(EDITOR, number, details(inDays(15), EventStatus.SCHEDULED, null));

		MimeMessage change = Mailbox.awaitMessage(email, 2);
		assertThat(Mailbox.subject(change)).isEqualTo("New date: " + moved.titleEn());
		assertThat(Mailbox.text(change)).contains("It was planned for", "When: ");
		var entry = Mailbox.onlyEvent(Mailbox.calendar(change).orElseThrow());
		assertThat(Mailbox.property(entry, "SEQUENCE")).isEqualTo("1");
		awaitEmailsSent(number);
		assertThat(Mailbox.messagesTo(email)).as("saving without a change tells nobody again").hasSize(2);
	}

	@Test
	void remindsEachRegisteredPersonOnceTheDayBeforeEvenWithTwoNodes() throws Exception {
		int number = freeNumber();
		Event event = this.events.create(EDITOR, number, details(inDays(3), EventStatus.SCHEDULED, null));
		String email = Mailbox.newAddress("remind");
		this.registrations.register(number, email, Locale.ENGLISH, key());
		Mailbox.awaitMessage(email, 1);
		Instant dayBefore = event.startsAt().minus(Duration.ofHours(20));

		this.registrations.sendReminders(event.startsAt().minus(Duration.ofDays(2)));
		var nodes = Executors.newFixedThreadPool(2);
		try {
			var a = nodes.submit(() -> this.registrations.sendReminders(dayBefore));
			var b = nodes.submit(() -> this.registrations.sendReminders(dayBefore));
			a.get();
			b.get();
		}
		finally {
			nodes.shutdown();
		}
		this.registrations.sendReminders(dayBefore.plusSeconds(60));

		MimeMessage reminder = Mailbox.awaitMessage(email, 2);
		assertThat(Mailbox.subject(reminder)).isEqualTo("Tomorrow: " + event.titleEn());
		assertThat(Mailbox.text(reminder)).contains("secret-room");
		awaitEmailsSent(number);
		assertThat(Mailbox.messagesTo(email)).hasSize(2);
	}

	@Test
	void deletesRegistrationsThirtyDaysAfterTheEvent() {
		int number = freeNumber();
		Event event = this.events.create(EDITOR, number, details(inDays(2), EventStatus.SCHEDULED, null));
		this.registrations.register(number, Mailbox.newAddress("purged"), Locale.ENGLISH, key());
		Instant end = event.endsAt().orElseThrow();

		this.registrations.purge(end.plus(Duration.ofDays(29)));
		assertThat(this.registrations.count(number)).isEqualTo(1);

		this.registrations.purge(end.plus(Duration.ofDays(30)).plusSeconds(60));
		assertThat(this.registrations.count(number)).isZero();
	}

	@Test
	void deletesRegistrationsThirtyDaysAfterAnEventIsCancelledWithoutADate() {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(2), EventStatus.SCHEDULED, null));
		this.registrations.register(number, Mailbox.newAddress("cancelled"), Locale.ENGLISH, key());
		this.events.update(EDITOR, number, details(null, EventStatus.POSTPONED, null));

		this.registrations.purge(this.time.now().plus(Duration.ofDays(40)));
		assertThat(this.registrations.count(number)).as("people wait for the new date of a postponed event")
			.isEqualTo(1);

		this.events.update(EDITOR, number, details(null, EventStatus.CANCELLED, null));
		this.registrations.purge(this.time.now().plus(Duration.ofDays(29)));
		assertThat(this.registrations.count(number)).isEqualTo(1);
		this.registrations.purge(this.time.now().plus(Duration.ofDays(31)));
		assertThat(this.registrations.count(number)).isZero();
	}

	@Test
	void unsubscribesInOneClickFromAMailProgramWithoutASession() throws Exception {
		int number = freeNumber();
		this.events.create(EDITOR, number, details(inDays(9), EventStatus.SCHEDULED, null));
		String email = Mailbox.newAddress("leaving");
		this.registrations.register(number, email, Locale.ENGLISH, key());
		String text = Mailbox.text(Mailbox.awaitMessage(email, 1));
		String path = text.substring(text.indexOf("/hub/unsubscribe/")).lines().findFirst().orElseThrow().strip();
		MimeMessage confirmation = Mailbox.messagesTo(email).get(0);
		assertThat(confirmation.getHeader("List-Unsubscribe")[0]).contains(path);

		HttpResponse<String> clicked = this.http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(clicked.statusCode()).isEqualTo(200);
		assertThat(clicked.body()).contains("your email address is deleted");
		assertThat(this.registrations.count(number)).isZero();
	}

	@Test
	void theFeedListsNewEventsAndResourcesInAtom() throws Exception {
		HttpResponse<String> response = get("/hub/feed.atom", "fr");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));

		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.contains("Réduction des méfaits et vente de drogues", EVENT_9_TITLES.get(2));
	}

	private static void assertRefused(ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOf(Refusal.class)
			.extracting((refusal) -> ((Refusal) refusal).messageCode())
			.isEqualTo(code);
	}

	private static EventDetails details(LocalDateTime start, EventStatus status, Integer capacity) {
		return new EventDetails("Test event " + UUID.randomUUID().toString().substring(0, 6), "Événement d’essai",
				"About.", "Sur.", start, "America/Toronto", 90, status, true,
				"Join at https://meet.example/secret-room", "", "", null, capacity);
	}

	private static ResourceDetails resource(String link) {
		return new ResourceDetails(ResourceKind.TOOL, "A test tool", "", null, DatePrecision.DAY, "fr", link, "", "",
				List.of());
	}

	private LocalDateTime inDays(int days) {
		return LocalDateTime.ofInstant(this.time.now(), this.time.zone()).plusDays(days).withSecond(0).withNano(0);
	}

	private int freeNumber() {
		int number;
		do {
			number = ThreadLocalRandom.current().nextInt(1000, 99_000);
		}
		while (this.events.find(number).isPresent());
		return number;
	}

	private long countResources() {
		return this.jdbc.sql("SELECT count(*) FROM hub_resources").query(Long.class).single();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Waits until every email queued for the event's registrations has left the outbox.
	 * They are queued in the transaction that asked for them, so once none waits, no more
	 * can arrive: a count after this is exact.
	 */
	private void awaitEmailsSent(int number) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("""
						SELECT count(*) FROM email_outbox o JOIN hub_registrations r ON o.key LIKE 'hub-registration:' || r.id || ':%'
						WHERE r.event_number = :number AND o.state = 'QUEUED'""")
				.param("number", number)
				.query(Long.class)
				.single() == 0);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a public form as a browser would: first the page, for its session cookie and
	 * CSRF token.
	 */
	private HttpResponse<String> postForm(String path, Map<String, String> form)
			throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = "";
		var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept-Language", "en")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
