package org.satellite.alerts.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satellite.SatelliteProcess;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills Satellite outright (SIGKILL: no shutdown hook, no goodbye) in the middle of
 * sending an alert, starts it again on the same data directory, and counts what every
 * subscriber received at the SMS centre.
 *
 * <p>
 * Satellite runs here as a separate process in demo mode, exactly as the README starts
 * it, bound to an SMS centre of its own in this JVM. People subscribe by SMS (JOIN, then
 * YES); the demo coordinator drafts an Urgent alert and the demo admin approves and
 * issues it. The SMS centre answers the first third of the alert's messages and then goes
 * quiet, so the worker is killed holding a claimed batch with submissions in flight and
 * unanswered. A submission the SMS centre never answered was never taken; what it did
 * answer Satellite has recorded by then. (A kill in the instant between an answer and its
 * record would send that message twice: SMPP cannot tell, see decision 0031.) Last, the
 * restarted Satellite is stopped the ordinary way and must close its embedded database
 * last.
 */
class KilledMidFanOutIntegrationTests {

	static final int SUBSCRIBERS = 150;

	static final String ZONE = "EAST";

	final TestSmsc smsc = TestSmsc.startAnother();

	Path directory;

	Process satellite;

	@Test
	void aKilledNodeStartedAgainSendsEverySubscriberExactlyOneMessage() throws Exception {
		this.directory = Files.createTempDirectory("satellite-killed-");
		int port = freePort();
		this.satellite = start(port, "first");

		List<String> phones = new ArrayList<>();
		for (int i = 0; i < SUBSCRIBERS; i++) {
			String phone = TestPhones.next();
			phones.add(phone);
			this.smsc.text(phone, "JOIN " + ZONE);
			this.smsc.text(phone, "YES");
		}
		for (String phone : phones) {
			assertThat(this.smsc.awaitMessagesTo(phone, 2)).as("replies to JOIN and YES, in either order")
				.anySatisfy((reply) -> assertThat(reply).startsWith("You will get drug alerts for East End"));
		}

		WebSession coordinator = new WebSession(port);
		coordinator.login("coordinator", "satellite-demo");
		coordinator.get("/app/alerts/new");
		HttpResponse<String> drafted = coordinator.post("/app/alerts", draft());
		String location = drafted.headers()
			.firstValue("Location")
			.orElseThrow(
					() -> new AssertionError("The draft was refused: " + drafted.statusCode() + " " + drafted.body()));
		String alertPath = URI.create(location).getPath();
		assertThat(alertPath).as("the draft was saved").matches("/app/alerts/[0-9a-f-]{36}");
		String alert = alertPath.substring(alertPath.lastIndexOf('/') + 1);
		WebSession admin = new WebSession(port);
		admin.login("admin", "satellite-demo");
		admin.get(alertPath);
		admin.post(alertPath + "/approve", Map.of());
		this.smsc.answerOnly(SUBSCRIBERS / 3);
		admin.post(alertPath + "/issue", Map.of());

		await(Duration.ofMinutes(2), "a third of the alert's messages to be answered and the rest to wait",
				() -> this.smsc.waitingUnanswered() > 0 && received(phones) == SUBSCRIBERS / 3);
		await(Duration.ofSeconds(30), "Satellite to record what the SMS centre answered",
				() -> count(alert, "state IN ('SENT', 'DELIVERED')") == SUBSCRIBERS / 3);
		assertThat(count(alert, "state = 'SENDING'")).as("messages claimed by the worker about to die").isPositive();

		this.satellite.destroyForcibly().waitFor();
		await(Duration.ofSeconds(30), "the SMS centre to notice the connection is gone",
				() -> !this.smsc.anyoneBound());
		this.smsc.answerAgain();
		assertThat(received(phones)).as("nothing more leaves a dead node").isEqualTo(SUBSCRIBERS / 3);

		this.satellite = start(port, "again");
		await(Duration.ofMinutes(2), "every subscriber to get the alert after the restart",
				() -> received(phones) >= SUBSCRIBERS);
		await(Duration.ofSeconds(30), "every message of the alert to be recorded sent",
				() -> count(alert, "state NOT IN ('SENT', 'DELIVERED')") == 0);

		Map<String, Long> alertsPerPhone = phones.stream()
			.collect(Collectors.toMap((phone) -> phone, (phone) -> alertsTo(phone).stream().count()));
		assertThat(alertsPerPhone).as("alert messages each subscriber received")
			.allSatisfy((phone, count) -> assertThat(count).isEqualTo(1));
		assertThat(count(alert, "true")).isEqualTo(SUBSCRIBERS);

		// Then an ordinary stop (SIGTERM, as an operator or a service manager stops it):
		// Satellite finishes what it is
		// doing and stops its database last, so nothing fails for want of it.
		long pid = this.satellite.pid();
		this.satellite.destroy();
		assertThat(this.satellite.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
		assertThat(postgresProcess()).as("the embedded PostgreSQL stopped with it").isEmpty();
		String log = Files.readString(Path.of("target", "killed-mid-fan-out", "again.log"));
		assertThat(log.substring(log.indexOf("Commencing graceful shutdown")))
			.as("what process %s logged as it stopped", pid)
			.doesNotContain("Failed to validate connection", "destroy method failed", "Connection refused", "ERROR");
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (this.satellite != null && this.satellite.isAlive()) {
			this.satellite.destroy();
			if (!this.satellite.waitFor(60, TimeUnit.SECONDS)) {
				this.satellite.destroyForcibly().waitFor();
			}
		}
		if (this.directory != null) {
			postgresProcess().ifPresent((postgres) -> {
				postgres.destroy();
				postgres.onExit().join();
			});
		}
		this.smsc.close();
	}

	private Process start(int port, String run) throws Exception {
		return SatelliteProcess.start("killed-mid-fan-out", run, port, "512m",
				List.of("--satellite.data-directory=" + this.directory, "--satellite.demo.history-months=1",
						"--satellite.sms.host=127.0.0.1", "--satellite.sms.port=" + this.smsc.port(),
						"--satellite.sms.system-id=satellite-test", "--satellite.sms.password=test",
						"--satellite.sms.rate=500", "--satellite.sms.lease=3s", "--satellite.sms.poll-interval=200ms"),
				Map.of());
	}

	private static Map<String, String> draft() {
		Map<String, String> form = new HashMap<>();
		form.put("severity", "URGENT");
		form.put("zones", ZONE);
		form.put("substances", "fentanyl");
		form.put("classes", "OPIOID");
		form.put("headlineEn", "Fentanyl in green pills");
		form.put("headlineFr", "Fentanyl dans des comprimés verts");
		form.put("bodyEn", "Green pills sold as oxy held fentanyl.");
		form.put("bodyFr", "Des comprimés verts vendus comme oxy contenaient du fentanyl.");
		form.put("instructionEn", "Do not use alone. Carry naloxone.");
		form.put("instructionFr", "Ne consommez pas seul·e. Ayez de la naloxone.");
		form.put("smsEn", "KILLTEST fentanyl in green pills sold as oxy. Do not use alone.");
		form.put("smsFr", "KILLTEST fentanyl dans des comprimés verts vendus comme oxy.");
		form.put("key", UUID.randomUUID().toString());
		return form;
	}

	private List<String> alertsTo(String phone) {
		return this.smsc.messagesTo(phone).stream().filter((text) -> text.contains("KILLTEST")).toList();
	}

	private long received(List<String> phones) {
		return phones.stream().mapToLong((phone) -> alertsTo(phone).size()).sum();
	}

	/** Rows of the alert's SMS in Satellite's own database matching a condition. */
	private long count(String alert, String condition) {
		String port = line(4).orElseThrow(() -> new AssertionError("The embedded PostgreSQL is not running"));
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", "postgres");
				ResultSet rows = connection.createStatement()
					.executeQuery(
							"SELECT count(*) FROM sms_outbox WHERE batch = 'alert:" + alert + "' AND " + condition)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new AssertionError("Could not read Satellite's database", ex);
		}
	}

	private Optional<ProcessHandle> postgresProcess() {
		return line(1).flatMap((pid) -> ProcessHandle.of(Long.parseLong(pid)));
	}

	/**
	 * A line of the embedded server's {@code postmaster.pid}: 1 its process, 4 its port.
	 */
	private Optional<String> line(int number) {
		Path pid = this.directory.resolve("postgres").resolve("postmaster.pid");
		try {
			List<String> lines = Files.isRegularFile(pid) ? Files.readAllLines(pid) : List.of();
			return (lines.size() >= number) ? Optional.of(lines.get(number - 1).strip()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
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
