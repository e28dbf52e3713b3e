package org.satellite.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overdose responses over the API as a client program meets it: real HTTP, real tokens,
 * demo site SAT-01.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdoseApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient peer;

	@BeforeEach
	void logIn() {
		this.peer = new ApiClient(this.port).as("peer", "satellite-demo");
	}

	@Test
	void aResponseIsRecordedOnceHoweverOftenItIsRetried() {
		String key = UUID.randomUUID().toString();

		var first = this.peer.post("/api/v1/overdose-responses", response("fentanyl"), key);
		var retry = this.peer.post("/api/v1/overdose-responses", response("fentanyl"), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("naloxoneDoses").asInt()).isEqualTo(2);
		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void anUnknownSubstanceGetsAPlainProblemInFrench() {
		var response = this.peer.inFrench()
			.post("/api/v1/overdose-responses", response("poudre de lune"), UUID.randomUUID().toString());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).contains("« poudre de lune » n’est pas dans la liste des substances");
	}

	@Test
	void aPeerWorkerCannotReportForAnotherSite() {
		Map<String, Object> elsewhere = new HashMap<>(response("fentanyl"));
		elsewhere.put("site", "SAT-02");

		var response = this.peer.post("/api/v1/overdose-responses", elsewhere, UUID.randomUUID().toString());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.detail()).contains("your own site");
	}

	@Test
	void aResponseWithoutAnIdempotencyKeyIsRefused() {
		var response = this.peer.post("/api/v1/overdose-responses", response("fentanyl"), null);

		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	private static Map<String, Object> response(String substance) {
		return Map.of("site", "SAT-01", "substances", List.of(substance), "naloxoneDoses", 2, "naloxoneForm", "NASAL",
				"called911", false, "noCallReason", "FEAR_OF_POLICE", "stayedWithPerson", true, "outcome",
				"RECOVERED_ON_SITE", "responder", "PEER_WORKER");
	}

}
