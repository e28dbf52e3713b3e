package org.satellite.alerts.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.crypto.spec.SecretKeySpec;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satellite.SatelliteProcess;
import org.satellite.messaging.TestSmsc;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.satellite.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real Satellite processes on one external PostgreSQL (embedded, started by this
 * test) and one SMS centre on loopback that answers "throttled" above the contract's
 * rate, as a real one does. An alert to 5,000 subscribers fans out with both nodes
 * sending; one node is killed with SIGKILL a third of the way. Every subscriber gets the
 * message, duplicates are counted and at most one window (what a node had submitted and
 * not yet recorded when it died or its lease lapsed: decision 0031), none is marked
 * failed, the two nodes together never submit more than the contract's rate, and the
 * messages the dead node held reach their phones within 10 s of the kill (its lease, 6 s
 * by default, is renewed only while it lives).
 *
 * <p>
 * "Never more than the rate" is checked over every five seconds and over the whole
 * fan-out. The busiest single second is printed, not asserted: the test SMS centre stamps
 * a submission when jSMPP's worker hands it over, after a queue that bunches arrivals by
 * tens of milliseconds on a busy machine (it answers the few it then counts over the rate
 * with "throttled", which is counted). How close to the contract the nodes come is
 * {@code AlertFanOutBenchmark}'s to measure, not this test's.
 *
 * <p>
 * The contract here is 100 a second, not the 50: the same checks, in 50 s of
 * sending instead of 100, so the default build stays short. The figures are printed and
 * written to {@code target/two-nodes.txt}.
 */
class TwoNodesFanOutIntegrationTests {

	static final int SUBSCRIBERS = 5_000;

	static final int RATE = 100;

	static final String ZONE = "TWO-NODES";

	static final String ADMIN_PASSWORD = "two-nodes-admin-password";

	final TestSmsc smsc = TestSmsc.startAnother();

	final List<Process> nodes = new ArrayList<>();

	EmbeddedPostgres postgres;

	@Test
	void twoNodesSendAnAlertOnceToEveryoneAtTheContractRateAndSurviveAKill() throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
		SecureRandom random = new SecureRandom();
		byte[] aes = new byte[32];
		byte[] hmac = new byte[32];
		random.nextBytes(aes);
		random.nextBytes(hmac);
		Map<String, String> environment = Map.of("SATELLITE_PRIVACY_ENCRYPTION_KEYS",
				"k1:" + Base64.getEncoder().encodeToString(aes), "SATELLITE_PRIVACY_ACTIVE_KEY", "k1",
				"SATELLITE_PRIVACY_HASH_KEY", Base64.getEncoder().encodeToString(hmac), "SATELLITE_ADMIN_USERNAME",
				"admin", "SATELLITE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		int portA = freePort();
		Process a = start("node-a", portA, environment);
		int portB = freePort();
		Process b = start("node-b", portB, environment);
		this.smsc.throttleAbove(RATE);

		List<String> phones = subscribe(new FieldCipher(Map.of("k1", new SecretKeySpec(aes, "AES")), "k1"),
				new KeyedHash(new SecretKeySpec(hmac, "HmacSHA256")));
		WebSession admin = new WebSession(portA);
		admin.login("admin", ADMIN_PASSWORD);
		admin.get("/app/alerts/new");
		HttpResponse<String> drafted = admin.post("/app/alerts", draft());
		String alertPath = URI
			.create(drafted.headers()
				.firstValue("Location")
				.orElseThrow(() -> new AssertionError(
						"The draft was refused: " + drafted.statusCode() + " " + drafted.body())))
			.getPath();
		admin.get(alertPath);
		admin.post(alertPath + "/approve", Map.of());
		admin.get(alertPath);
		long issued = System.nanoTime();
		admin.post(alertPath + "/issue", Map.of());

		await(Duration.ofMinutes(2), "a third of the subscribers to get the alert",
				() -> accepted() >= SUBSCRIBERS / 3);
		long beforeKill = accepted();
		Map<String, Long> perNodeBeforeKill = acceptedByNode();
		b.destroyForcibly();
		long killed = System.nanoTime();
		b.waitFor();
		Set<String> heldByTheDead = heldBy(b.pid());

		await(Duration.ofMinutes(3), "every subscriber to get the alert", () -> received(phones) >= SUBSCRIBERS);
		// A worker records a message sent after the SMS centre took it: once nothing
		// waits or is held (the dead node's
		// claims are taken back when their lease ends), no more can arrive, and the
		// duplicates counted are all of them.
		await(Duration.ofMinutes(2), "the outbox to hold nothing of the alert still to send", () -> stillToSend() == 0);

		Map<String, Long> perPhone = new HashMap<>();
		Map<String, Long> arrival = new HashMap<>();
		for (TestSmsc.Submitted part : this.smsc.submitted()) {
			if (part.text().contains("TWONODES")) {
				perPhone.merge(part.to(), 1L, Long::sum);
				arrival.putIfAbsent(part.to(), part.arrivedNanos());
			}
		}
		long duplicates = perPhone.values().stream().mapToLong((count) -> count - 1).sum();
		List<String> duplicated = perPhone.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 1)
			.map(Map.Entry::getKey)
			.toList();
		List<TestSmsc.Attempt> attempts = this.smsc.attempts()
			.stream()
			.filter((t) -> t.arrivedNanos() >= issued)
			.toList();
		List<TestSmsc.Attempt> taken = attempts.stream().filter((t) -> t.status() == 0).toList();
		long throttled = attempts.stream().filter((t) -> t.status() == TestSmsc.THROTTLED).count();
		double span = (taken.get(taken.size() - 1).arrivedNanos() - taken.get(0).arrivedNanos()) / 1e9;
		double combined = (taken.size() - 1) / span;
		double firstSms = (taken.get(0).arrivedNanos() - issued) / 1e9;
		int most = this.smsc.mostInOneSecond(issued);
		int mostInFive = mostWithin(attempts, 5_000_000_000L);
		double longestAfterKill = heldByTheDead.stream()
			.filter(arrival::containsKey)
			.mapToDouble((phone) -> Math.max(0, lastArrival(phone) - killed) / 1e9)
			.max()
			.orElse(0);
		long failed = count("SELECT count(*) FROM sms_outbox WHERE batch LIKE 'alert:%' AND state = 'FAILED'");
		String figures = String.format(Locale.ROOT,
				"two nodes, %d subscribers, contract %d/s: first SMS %.2f s after the issue; combined %.1f/s (%.3f of the contract) over %.1f s;"
						+ " before the kill node-a %d and node-b %d accepted; busiest second %d submits, busiest 5 s %d; %d throttled answers;"
						+ " %d duplicates (%s, of which %d held by the killed node); %d held by the killed node, the last of them at its phone %.1f s after the kill; %d failed",
				SUBSCRIBERS, RATE, firstSms, combined, combined / RATE, span,
				perNodeBeforeKill.getOrDefault("node-a", 0L), perNodeBeforeKill.getOrDefault("node-b", 0L), most,
				mostInFive, throttled, duplicates, duplicated,
				duplicated.stream().filter(heldByTheDead::contains).count(), heldByTheDead.size(), longestAfterKill,
				failed);
		StringBuilder detail = new StringBuilder(figures);
		long[] throttlesPerFiveSeconds = new long[40];
		attempts.stream()
			.filter((t) -> t.status() == TestSmsc.THROTTLED)
			.forEach(
					(t) -> throttlesPerFiveSeconds[(int) Math.min(39, (t.arrivedNanos() - issued) / 5_000_000_000L)]++);
		detail.append(System.lineSeparator())
			.append("throttled answers per 5 s from the issue: ")
			.append(Arrays.toString(throttlesPerFiveSeconds));
		for (String phone : duplicated) {
			detail.append(System.lineSeparator()).append(phone).append(": ");
			this.smsc.attempts()
				.stream()
				.filter((t) -> t.to().equals(phone))
				.forEach((t) -> detail.append(String.format(Locale.ROOT, "[%.3f s %s 0x%x] ",
						(t.arrivedNanos() - issued) / 1e9, t.account(), t.status())));
			detail.append(rowOf(phone));
		}
		figures = detail.toString();
		System.out.println(figures);
		Files.writeString(Path.of("target", "two-nodes.txt"), figures + System.lineSeparator());

		assertThat(perPhone).as("subscribers who got the alert").hasSize(SUBSCRIBERS);
		// Duplicates come from what the killed node had submitted and not yet recorded,
		// or from a live node whose lease
		// lapsed (decision 0031); which of them the killed node held is printed above.
		assertThat(duplicates).as("duplicates: at most one window of submissions (decision 0031)")
			.isLessThanOrEqualTo(10);
		assertThat(failed).as("messages marked failed").isZero();
		assertThat(perNodeBeforeKill.getOrDefault("node-a", 0L)).as("node-a sent before the kill")
			.isGreaterThan(beforeKill / 5);
		assertThat(perNodeBeforeKill.getOrDefault("node-b", 0L)).as("node-b sent before the kill")
			.isGreaterThan(beforeKill / 5);
		assertThat(mostInFive).as("submit_sm in the busiest five seconds, both nodes together")
			.isLessThanOrEqualTo(5 * RATE);
		assertThat(combined).as("submit_sm a second over the whole fan-out, both nodes together")
			.isLessThanOrEqualTo(RATE);
		assertThat(longestAfterKill).as("seconds from the kill until the last message the dead node held arrived")
			.isLessThanOrEqualTo(10);
	}

	private static int mostWithin(List<TestSmsc.Attempt> attempts, long nanos) {
		List<Long> times = attempts.stream().map(TestSmsc.Attempt::arrivedNanos).sorted().toList();
		int most = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			while (times.get(last) - times.get(first) >= nanos) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	private String rowOf(String phone) throws Exception {
		long id = this.subscriberPhones.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(phone))
			.findFirst()
			.orElseThrow()
			.getKey();
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				var rows = connection.createStatement()
					.executeQuery(
							"SELECT state, attempts, throttled, claimed_by, last_error FROM sms_outbox WHERE key LIKE 'alert:%:"
									+ id + ":SMS'")) {
			return rows.next() ? rows.getString(1) + " attempts " + rows.getInt(2) + " throttled " + rows.getInt(3)
					+ " by " + rows.getString(4) + " " + rows.getString(5) : "no row";
		}
	}

	private long lastArrival(String phone) {
		return this.smsc.submitted()
			.stream()
			.filter((part) -> part.to().equals(phone) && part.text().contains("TWONODES"))
			.mapToLong(TestSmsc.Submitted::arrivedNanos)
			.max()
			.orElse(0);
	}

	private long accepted() {
		return this.smsc.submitted().stream().filter((part) -> part.text().contains("TWONODES")).count();
	}

	private Map<String, Long> acceptedByNode() {
		return this.smsc.attempts()
			.stream()
			.filter((attempt) -> attempt.status() == 0)
			.collect(Collectors.groupingBy(TestSmsc.Attempt::account, Collectors.counting()));
	}

	private long received(List<String> phones) {
		Set<String> wanted = Set.copyOf(phones);
		return this.smsc.submitted()
			.stream()
			.filter((part) -> part.text().contains("TWONODES") && wanted.contains(part.to()))
			.map(TestSmsc.Submitted::to)
			.distinct()
			.count();
	}

	/**
	 * The phones of the messages a node's worker held (claimed, not recorded sent) when
	 * it died.
	 */
	private Set<String> heldBy(long pid) throws Exception {
		Set<String> keys = new HashSet<>();
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement select = connection
					.prepareStatement("SELECT key FROM sms_outbox WHERE state = 'SENDING' AND claimed_by LIKE ?")) {
			select.setString(1, "sms-" + pid + "-%");
			try (var rows = select.executeQuery()) {
				while (rows.next()) {
					keys.add(rows.getString(1));
				}
			}
		}
		Map<Long, String> phoneOf = this.subscriberPhones;
		return keys.stream()
			.map((key) -> phoneOf.get(Long.parseLong(key.split(":")[2])))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	private final Map<Long, String> subscriberPhones = new HashMap<>();

	private List<String> subscribe(FieldCipher cipher, KeyedHash hash) throws Exception {
		List<String> phones = new ArrayList<>();
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement()
				.executeUpdate("INSERT INTO zones (code, name_en, name_fr) VALUES ('" + ZONE
						+ "', 'Two nodes', 'Deux noeuds')");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO subscribers (channel, contact_sealed, contact_hash, language, zones, confirmed_at)
					VALUES ('SMS', ?, ?, 'en', ARRAY[?], now()) RETURNING id""")) {
				for (int i = 0; i < SUBSCRIBERS; i++) {
					String phone = "+1438" + (6_000_000 + i);
					insert.setString(1, cipher.seal("subscriber.sms", phone).stored());
					insert.setString(2, hash.of("subscriber.sms", phone));
					insert.setString(3, ZONE);
					try (var id = insert.executeQuery()) {
						id.next();
						this.subscriberPhones.put(id.getLong(1), phone);
					}
					phones.add(phone);
				}
			}
			connection.commit();
		}
		return phones;
	}

	private long stillToSend() {
		try {
			return count(
					"SELECT count(*) FROM sms_outbox WHERE batch LIKE 'alert:%' AND state IN ('QUEUED', 'SENDING')");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String sql) throws Exception {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				var rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (Process node : this.nodes) {
			if (node.isAlive()) {
				node.destroy();
				if (!node.waitFor(60, TimeUnit.SECONDS)) {
					node.destroyForcibly().waitFor();
				}
			}
		}
		this.smsc.close();
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	private Process start(String name, int port, Map<String, String> environment) throws Exception {
		Process process = SatelliteProcess.start("two-nodes", name, port, "384m",
				List.of("--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--satellite.public-url=http://localhost:" + port, "--satellite.sms.host=127.0.0.1",
						"--satellite.sms.port=" + this.smsc.port(), "--satellite.sms.system-id=" + name,
						"--satellite.sms.password=test", "--satellite.sms.rate=" + RATE,
						"--satellite.sms.poll-interval=500ms"),
				environment);
		this.nodes.add(process);
		return process;
	}

	private static Map<String, String> draft() {
		Map<String, String> form = new HashMap<>();
		form.put("severity", "WARNING");
		form.put("zones", ZONE);
		form.put("substances", "fentanyl");
		form.put("classes", "OPIOID");
		form.put("headlineEn", "Fentanyl in white powder");
		form.put("headlineFr", "Fentanyl dans une poudre blanche");
		form.put("bodyEn", "White powder sold as down held fentanyl.");
		form.put("bodyFr", "Une poudre blanche vendue comme down contenait du fentanyl.");
		form.put("instructionEn", "Do not use alone. Carry naloxone.");
		form.put("instructionFr", "Ne consommez pas seul·e. Ayez de la naloxone.");
		form.put("smsEn", "TWONODES fentanyl in white powder. Do not use alone.");
		form.put("smsFr", "TWONODES fentanyl dans une poudre blanche.");
		form.put("key", UUID.randomUUID().toString());
		return form;
	}

	private static void await(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
			}
			Thread.sleep(100);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
