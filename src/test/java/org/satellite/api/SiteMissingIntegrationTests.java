package org.satellite.api;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission that names no site is refused as such, in the client's language, for a
 * peer worker and a coordinator alike: 422 saying the site is missing, never a 500 or "no
 * site with the code null".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SiteMissingIntegrationTests {

	static final Map<String, Object> BODIES = Map.of("/api/v1/distributions",
			Map.of("items", Map.of("NALOXONE_NASAL", 1)), "/api/v1/returns", Map.of("needles", 10),
			"/api/v1/overdose-responses", Map.of("zone", "DT", "naloxoneDoses", 0, "called911", true,
					"stayedWithPerson", true, "outcome", "RECOVERED_ON_SITE", "responder", "PEER_WORKER"),
			"/api/v1/restock-requests", Map.of("site", " "));

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "peer, /api/v1/distributions", "peer, /api/v1/returns", "peer, /api/v1/overdose-responses",
			"peer, /api/v1/restock-requests", "coordinator, /api/v1/distributions", "coordinator, /api/v1/returns",
			"coordinator, /api/v1/overdose-responses", "coordinator, /api/v1/restock-requests" })
	void aSubmissionWithoutASiteIsRefusedSayingSo(String account, String path) {
		ApiClient.Response english = new ApiClient(this.port).as(account, "satellite-demo")
			.post(path, BODIES.get(path), UUID.randomUUID().toString());

		assertThat(english.status()).isEqualTo(422);
		assertThat(english.contentType()).startsWith("application/problem+json");
		assertThat(english.detail()).startsWith("The site is missing").doesNotContain("null");

		ApiClient.Response french = new ApiClient(this.port).inFrench()
			.as(account, "satellite-demo")
			.post(path, BODIES.get(path), UUID.randomUUID().toString());
		assertThat(french.status()).isEqualTo(422);
		assertThat(french.detail()).startsWith("Le site manque");
	}

}
