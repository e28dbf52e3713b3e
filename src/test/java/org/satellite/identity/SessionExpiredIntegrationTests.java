package org.satellite.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.satellite.web.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent after its session expired is not met with "You do not have access to this
 * page": the person is told the session expired, logs in again if it was a staff form,
 * and gets what they typed back to send again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionExpiredIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaffFormSentAfterTheSessionExpiredIsKeptThroughALoginAndSavedWhenSentAgain() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordinator", "satellite-demo");
		coordinator.get("/app/peer-workers");
		String handle = "night-" + UUID.randomUUID().toString().substring(0, 6);
		expireEverySession();

		HttpResponse<String> late = coordinator.post("/app/peer-workers", Map.of("handle", handle, "site", "SAT-02"));
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/resubmit");
		assertThat(coordinator.get("/resubmit").headers().firstValue("Location").orElseThrow())
			.endsWith("/login?expired");
		assertThat(coordinator.get("/login?expired").body()).contains("Your session expired. Log in again")
			.doesNotContain("You do not have access");

		assertThat(coordinator.post("/login", Map.of("username", "coordinator", "password", "satellite-demo"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/resubmit");
		String again = coordinator.get("/resubmit").body();
		assertThat(again).contains("Your session expired", "name=\"handle\" value=\"" + handle + "\"",
				"name=\"site\" value=\"SAT-02\"", "action=\"/app/peer-workers\"");
		assertThat(workers(handle)).isZero();

		coordinator.post("/app/peer-workers", Map.of("handle", handle, "site", "SAT-02"));
		assertThat(workers(handle)).isEqualTo(1);
	}

	@Test
	void aPublicFormSentAfterTheSessionExpiredIsOfferedAgainAtOnceInFrench() {
		WebSession someone = new WebSession(this.port).speaking("fr").from("198.51.100.200");
		someone.get("/alerts/report");
		expireEverySession();

		HttpResponse<String> late = someone.post("/alerts/report",
				Map.of("kind", "BAD_BATCH", "text", "poudre grise très forte", "key", UUID.randomUUID().toString()));
		assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/resubmit");

		HttpResponse<String> again = someone.get("/resubmit");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Votre session a expiré", "poudre grise très forte", "Envoyer de nouveau");
	}

	@Test
	void passwordsAndPhoneNumbersAreNotKeptInTheSessionTable() {
		WebSession someone = new WebSession(this.port).from("198.51.100.201");
		someone.get("/alerts/subscribe");
		expireEverySession();

		someone.post("/alerts/subscribe", Map.of("phone", "+1 416 555 0199", "zones", "DT"));
		String stored = new String(
				this.jdbc.sql("SELECT string_agg(attribute_bytes, '\\x00'::bytea) FROM spring_session_attributes")
					.query(byte[].class)
					.single(),
				StandardCharsets.ISO_8859_1);
		assertThat(stored).contains("DT").doesNotContain("555");
		assertThat(someone.get("/resubmit").body()).contains("were not kept").doesNotContain("555");
	}

	void expireEverySession() {
		this.jdbc.sql("DELETE FROM spring_session").update();
	}

	long workers(String handle) {
		return this.jdbc.sql("SELECT count(*) FROM peer_workers WHERE handle = :h")
			.param("h", handle)
			.query(Long.class)
			.single();
	}

}
