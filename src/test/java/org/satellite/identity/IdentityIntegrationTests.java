package org.satellite.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satellite.api.TestTokens;
import org.satellite.identity.internal.StaffAccounts;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.web.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityIntegrationTests {

	static final StaffMember ADMIN = new StaffMember("admin", Role.ADMIN, Optional.empty());

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramTime time;

	@Test
	void theDemoAccountsLogInAndAWrongPasswordDoesNot() {
		assertThat(new WebSession(this.port).login("coordinator", "satellite-demo")).endsWith("/app");
		assertThat(new WebSession(this.port).login("coordinator", "wrong-password!")).endsWith("/login?error");
	}

	@Test
	void locksAnAccountAfterFiveFailuresEvenAgainstTheRightPassword() {
		String username = newAccount(Role.ANALYST, null);
		for (int i = 0; i < 5; i++) {
			assertThat(new WebSession(this.port).login(username, "not the password")).endsWith("/login?error");
		}

		assertThat(new WebSession(this.port).login(username, PASSWORD)).endsWith("/login?error");
		assertThat(tokenStatus(username, PASSWORD)).isEqualTo(401);
		assertThat(audit(username)).contains("login.failed", "account.locked");
	}

	@Test
	void aDisabledAccountCanNeitherLogInNorUseItsToken() {
		String username = newAccount(Role.COORDINATOR, null);
		String token = token(username, PASSWORD);
		assertThat(api(token, "/api/v1/sites")).isEqualTo(200);

		this.accounts.setEnabled(ADMIN, username, false);

		assertThat(new WebSession(this.port).login(username, PASSWORD)).endsWith("/login?error");
		assertThat(api(token, "/api/v1/sites")).isEqualTo(401);
		assertThat(tokenStatus(username, PASSWORD)).isEqualTo(401);
	}

	@Test
	void tokensWorkUntilRevokedOrExpired() throws Exception {
		String username = newAccount(Role.COORDINATOR, null);
		String token = token(username, PASSWORD);
		assertThat(api(token, "/api/v1/sites")).isEqualTo(200);

		HttpResponse<String> revoked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/tokens/current"))
				.header("Authorization", "Bearer " + token)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoked.statusCode()).isEqualTo(204);
		assertThat(api(token, "/api/v1/sites")).isEqualTo(401);

		String expiring = token(username, PASSWORD);
		this.jdbc.sql("UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE revoked_at IS NULL")
			.update();
		HttpResponse<String> expired = get(expiring, "/api/v1/sites");
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(expired.body()).contains("Your token has expired or was revoked");
	}

	@Test
	void onlyAdminsReachTheAccountsPage() {
		for (String username : List.of("coordinator", "peer", "checker", "analyst")) {
			WebSession session = new WebSession(this.port);
			session.login(username, "satellite-demo");
			assertThat(session.get("/app/admin/accounts").statusCode()).as(username).isEqualTo(403);
		}
		assertThat(new WebSession(this.port).get("/app/admin/accounts").statusCode()).isEqualTo(302);
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		assertThat(admin.get("/app/admin/accounts").body()).contains("Create an account");
	}

	@Test
	void anAdminCreatesAnAccountThroughTheFormButNotWithAWeakPasswordNorWithoutTheCsrfToken() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		admin.get("/app/admin/accounts");
		String name = "new-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> common = admin.post("/app/admin/accounts",
				Map.of("username", name, "password", "password1234", "role", "ANALYST"));
		assertThat(common.statusCode()).isEqualTo(422);
		assertThat(common.body()).contains("one of the most common")
			.contains("value=\"" + name + "\"")
			.doesNotContain(">" + name + "<");
		HttpResponse<String> unchosen = admin.post("/app/admin/accounts",
				Map.of("username", name, "password", PASSWORD, "role", ""));
		assertThat(unchosen.statusCode()).isEqualTo(422);
		assertThat(unchosen.body()).contains("Choose a role");
		assertThat(admin.post("/app/admin/accounts", Map.of("username", name, "password", "short", "role", "ANALYST"))
			.body()).contains("at least 12 characters");
		assertThat(
				admin
					.post("/app/admin/accounts",
							Map.of("username", name, "password", PASSWORD, "role", "PEER_WORKER", "siteCode",
									"NOWHERE-9"))
					.body())
			.contains("There is no open site NOWHERE-9");
		// Without the token the form is not accepted: it is kept and offered again
		// (SessionExpiredIntegrationTests).
		assertThat(admin
			.postWithCsrf("/app/admin/accounts", Map.of("username", name, "password", PASSWORD, "role", "ANALYST"),
					false)
			.headers()
			.firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/resubmit"));
		assertThat(exists(name)).isFalse();

		admin.get("/app/admin/accounts");
		admin.post("/app/admin/accounts", Map.of("username", name, "password", PASSWORD, "role", "ANALYST"));

		assertThat(exists(name)).isTrue();
		// An analyst starts on the program's figures.
		assertThat(new WebSession(this.port).login(name, PASSWORD)).endsWith("/app/reporting");
		assertThat(audit(name)).contains("account.created", "login");
	}

	@Test
	void anAdminChangesARoleAndSiteWhichIsAuditedAndEndsTheAccountsSessionsButNotTheirOwnRole() {
		String name = newAccount(Role.PEER_WORKER, "SAT-01");
		WebSession theirs = new WebSession(this.port);
		theirs.login(name, PASSWORD);
		assertThat(theirs.get("/app").statusCode()).isEqualTo(200);

		assertThat(this.accounts.change(ADMIN, name, Role.COORDINATOR, "SAT-01")).isTrue();

		assertThat(this.jdbc.sql("SELECT role, site_code FROM accounts WHERE username = :u")
			.param("u", name)
			.query((rs, row) -> rs.getString("role") + "/" + rs.getString("site_code"))
			.single()).isEqualTo("COORDINATOR/null");
		assertThat(
				this.jdbc.sql("SELECT detail FROM audit_events WHERE subject = :s AND action = 'account.role-changed'")
					.param("s", name)
					.query(String.class)
					.single())
			.isEqualTo("PEER_WORKER at SAT-01 → COORDINATOR");
		assertThat(theirs.get("/app").statusCode()).as("the old session, with the old role, is gone").isEqualTo(302);
		assertThat(this.accounts.change(ADMIN, name, Role.COORDINATOR, null)).as("the same role again").isFalse();
		assertThatThrownBy(() -> this.accounts.change(ADMIN, name, Role.PEER_WORKER, "NOWHERE-9"))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("identity.error.unknownSite");
		assertThatThrownBy(() -> this.accounts.change(ADMIN, ADMIN.username(), Role.ANALYST, null))
			.extracting((ex) -> ((Refusal) ex).messageCode())
			.isEqualTo("identity.error.changeOwnRole");
	}

	@Test
	void theAuditTrailIsFilteredByActionAccountAndDaysInTheProgramsZoneAndSaysActionsInWords() {
		String name = newAccount(Role.ANALYST, null);
		new WebSession(this.port).login(name, PASSWORD);
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		String today = this.time.today().toString();

		String page = admin.get("/app/admin/audit?action=login&actor=" + name + "&from=" + today + "&to=" + today)
			.body();
		assertThat(page).contains("1 event.").contains(">Logged in<").doesNotContain(">login<");
		assertThat(admin
			.get("/app/admin/audit?action=login&actor=" + name + "&from=" + this.time.today().plusDays(1) + "&page=x")
			.body()).contains("No event.");
		assertThat(admin.get("/app/admin/audit?actor=" + name + "&from=31-12-2026").body())
			.contains("could not be read")
			.contains("1 event.");
	}

	@Test
	void theAuditTrailCannotBeChangedOrDeleted() {
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_events SET actor = 'nobody'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_events").update())
			.hasMessageContaining("append-only");
	}

	private String newAccount(Role role, String site) {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(ADMIN, username, PASSWORD, role, site);
		return username;
	}

	private boolean exists(String username) {
		return this.jdbc.sql("SELECT count(*) FROM accounts WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	private List<String> audit(String subject) {
		return this.jdbc.sql("SELECT action FROM audit_events WHERE subject = :s ORDER BY id")
			.param("s", subject)
			.query(String.class)
			.list();
	}

	private String token(String username, String password) {
		return TestTokens.issue(this.port, username, password);
	}

	private int tokenStatus(String username, String password) {
		return TestTokens.status(this.port, username, password);
	}

	private int api(String token, String path) {
		return get(token, path).statusCode();
	}

	private HttpResponse<String> get(String token, String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
