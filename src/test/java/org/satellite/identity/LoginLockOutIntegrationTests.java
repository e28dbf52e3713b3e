package org.satellite.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.identity.internal.StaffAccounts;
import org.satellite.platform.ProgramTime;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins lock one client out of one account, with a delay that grows: someone
 * failing on purpose cannot keep a coordinator out, because the coordinator's own phone
 * is another client. Clients are told apart by the address a trusted proxy forwards
 * ({@code X-Forwarded-For} from loopback); only a keyed hash of it is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginLockOutIntegrationTests {

	static final StaffMember ADMIN = new StaffMember("admin", Role.ADMIN, Optional.empty());

	static final String PASSWORD = "correct horse battery";

	static final String ATTACKER = "198.51.100.66";

	static final String COORDINATORS_PHONE = "203.0.113.80";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveWrongPasswordsLockThatClientOutButNotThePersonOnTheirOwnPhone() {
		String username = newAccount();
		for (int i = 0; i < 5; i++) {
			assertThat(new WebSession(this.port).from(ATTACKER).login(username, "not the password"))
				.endsWith("/login?error");
		}

		assertThat(new WebSession(this.port).from(ATTACKER).login(username, PASSWORD))
			.as("even the right password, from the client that failed")
			.endsWith("/login?error");
		assertThat(new WebSession(this.port).from(COORDINATORS_PHONE).login(username, PASSWORD)).endsWith("/app");
		assertThat(tokenStatus(username, PASSWORD, ATTACKER)).isEqualTo(401);
		assertThat(tokenStatus(username, PASSWORD, COORDINATORS_PHONE)).isEqualTo(201);
		assertThat(audit(username)).contains("login.failed", "account.locked", "login");
	}

	@Test
	void eachWrongPasswordAfterALockOutDoublesTheDelay() {
		String username = newAccount();
		for (int i = 0; i < 5; i++) {
			new WebSession(this.port).from(ATTACKER).login(username, "not the password");
		}
		assertThat(lockedFor(username)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));

		for (Duration expected : new Duration[] { Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8) }) {
			this.jdbc
				.sql("UPDATE login_failures SET locked_until = program_now() - interval '1 second' WHERE username = :u")
				.param("u", username)
				.update();
			assertThat(tokenStatus(username, "not the password", ATTACKER)).isEqualTo(401);
			assertThat(lockedFor(username)).isBetween(expected.minusSeconds(10), expected);
		}
	}

	@Test
	void aSuccessForgetsTheClientsFailuresAndNoAddressIsKept() {
		String username = newAccount();
		for (int i = 0; i < 4; i++) {
			new WebSession(this.port).from(ATTACKER).login(username, "not the password");
		}
		assertThat(this.jdbc.sql("SELECT client_hash FROM login_failures WHERE username = :u")
			.param("u", username)
			.query(String.class)
			.single()).matches("[0-9a-f]{64}").doesNotContain(ATTACKER);

		assertThat(new WebSession(this.port).from(ATTACKER).login(username, PASSWORD)).endsWith("/app");
		assertThat(this.jdbc.sql("SELECT count(*) FROM login_failures WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single()).isZero();
	}

	Duration lockedFor(String username) {
		OffsetDateTime until = this.jdbc.sql("SELECT locked_until FROM login_failures WHERE username = :u")
			.param("u", username)
			.query(OffsetDateTime.class)
			.single();
		return Duration.between(this.time.now(), until.toInstant());
	}

	int tokenStatus(String username, String password, String client) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/tokens"))
					.header("Content-Type", "application/json")
					.header("X-Forwarded-For", client)
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String newAccount() {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(ADMIN, username, PASSWORD, Role.COORDINATOR, null);
		return username;
	}

	List<String> audit(String subject) {
		return this.jdbc.sql("SELECT action FROM audit_events WHERE subject = :s ORDER BY id")
			.param("s", subject)
			.query(String.class)
			.list();
	}

}
