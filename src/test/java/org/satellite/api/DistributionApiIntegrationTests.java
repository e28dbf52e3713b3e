package org.satellite.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution API as a client program meets it: real HTTP, real tokens, the demo
 * program's site SAT-01.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DistributionApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient peer;

	@BeforeEach
	void logIn() {
		this.peer = new ApiClient(this.port).as("peer", "satellite-demo");
	}

	@Test
	void aDistributionLandsAndTheStockDrops() {
		int before = stock("SAT-01", "KIT-INH");

		var response = this.peer.post("/api/v1/distributions",
				Map.of("site", "SAT-01", "items", Map.of("KIT-INH", 2), "alsoFor", 1), key());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("Location")).startsWith("/api/v1/distributions/");
		assertThat(response.json().get("items").get("KIT-INH").asInt()).isEqualTo(2);
		assertThat(stock("SAT-01", "KIT-INH")).isEqualTo(before - 2);
	}

	@Test
	void theSamePostRetriedWithOneKeyLandsOnce() {
		String key = key();
		long distributions = count();
		Map<String, Object> body = Map.of("site", "SAT-01", "items", Map.of("NDL-1", 10));

		var first = this.peer.post("/api/v1/distributions", body, key);
		var retry = this.peer.post("/api/v1/distributions", body, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(count()).isEqualTo(distributions + 1);
	}

	@Test
	void aKeyBelongsToTheAccountThatUsedItFirst() {
		String key = key();
		Map<String, Object> body = Map.of("site", "SAT-01", "items", Map.of("NDL-1", 10));
		var first = this.peer.post("/api/v1/distributions", body, key);
		long distributions = count();

		var replayed = new ApiClient(this.port).as("coordinator", "satellite-demo")
			.post("/api/v1/distributions", body, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(replayed.status()).isEqualTo(422);
		assertThat(replayed.detail()).contains("first used by another account");
		assertThat(replayed.json().has("id")).as("the peer worker's record is not given to another account").isFalse();
		assertThat(count()).isEqualTo(distributions);
		// The account that used it first still gets its record back.
		assertThat(this.peer.post("/api/v1/distributions", body, key).json().get("id").asString())
			.isEqualTo(first.json().get("id").asString());
	}

	@Test
	void aDifferentBodyUnderAUsedKeyIsRefused() {
		String key = key();
		this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("NDL-1", 10)), key);
		long distributions = count();

		var response = this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("NDL-1", 20)),
				key);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).contains("already used for a different submission");
		assertThat(count()).isEqualTo(distributions);
	}

	@Test
	void badInputGetsAClearProblemAndChangesNothing() {
		long distributions = count();
		int needles = stock("SAT-01", "NDL-1");

		assertProblem(
				this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("NDL-1", 10)), null),
				400, "Idempotency-Key");
		assertProblem(
				this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("NDL-1", -3)), key()),
				422, "whole number from 1 to 10,000");
		assertProblem(this.peer.post("/api/v1/distributions",
				Map.of("site", "SAT-01", "items", Map.of("NDL-1", 99_999_999)), key()), 422,
				"whole number from 1 to 10,000");
		assertProblem(
				this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("CROWBAR", 1)), key()),
				422, "We do not hand out anything with the code CROWBAR");
		assertProblem(this.peer.postRaw("/api/v1/distributions", "{\"site\": \"SAT-01\", \"items\": {",
				"application/json", key()), 400, "valid JSON");
		assertProblem(this.peer.postRaw("/api/v1/distributions",
				"{\"site\": \"SAT-01\", \"items\": {\"NDL-1\": \"ten\"}}", "application/json", key()), 400,
				"valid JSON");
		assertProblem(this.peer.postRaw("/api/v1/distributions", "{\"padding\": \"" + "x".repeat(70_000) + "\"}",
				"application/json", key()), 413, "too large");
		assertThat(this.peer.postRaw("/api/v1/distributions", "site=SAT-01", "text/plain", key()).status())
			.isEqualTo(415);
		assertProblem(
				this.peer.post("/api/v1/distributions", Map.of("site", "SAT-02", "items", Map.of("NDL-1", 1)), key()),
				403, "only record for your own site");

		assertThat(count()).isEqualTo(distributions);
		assertThat(stock("SAT-01", "NDL-1")).isEqualTo(needles);
	}

	@Test
	void explainsProblemsInFrenchToAFrenchClient() {
		var response = new ApiClient(this.port).as("peer", "satellite-demo")
			.inFrench()
			.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("CROWBAR", 1)), key());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.detail()).isEqualTo("Nous ne distribuons rien avec le code CROWBAR.");
	}

	@Test
	void undoingOverTheApiPutsTheStockBack() {
		int before = stock("SAT-01", "STEM");
		var recorded = this.peer.post("/api/v1/distributions", Map.of("site", "SAT-01", "items", Map.of("STEM", 3)),
				key());

		var undone = this.peer.post("/api/v1/distributions/" + recorded.json().get("id").asString() + "/undo", Map.of(),
				null);

		assertThat(undone.status()).isEqualTo(200);
		assertThat(undone.json().get("undone").asBoolean()).isTrue();
		assertThat(stock("SAT-01", "STEM")).isEqualTo(before);
	}

	@Test
	void coordinatorOnlyEndpointsRefuseOtherRolesAndAnonymousClients() {
		Map<String, Object> transfer = Map.of("from", "HUB", "to", "SAT-01", "lines",
				List.of(Map.of("itemCode", "NDL-1", "quantity", 100)));
		for (String role : List.of("peer", "checker", "analyst")) {
			ApiClient client = new ApiClient(this.port).as(role, "satellite-demo");
			assertProblem(client.post("/api/v1/transfers", transfer, key()), 403, "not allowed to do this");
		}
		assertProblem(new ApiClient(this.port).post("/api/v1/transfers", transfer, key()), 401, "POST /api/v1/tokens");
		assertProblem(new ApiClient(this.port).get("/api/v1/stock"), 401, "POST /api/v1/tokens");

		var coordinator = new ApiClient(this.port).as("coordinator", "satellite-demo");
		assertThat(coordinator.post("/api/v1/transfers", transfer, key()).status()).isEqualTo(201);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		var document = new ApiClient(this.port).get("/api/v1/openapi.json");

		assertThat(document.status()).isEqualTo(200);
		var json = document.json();
		assertThat(json.get("paths").propertyNames()).contains("/api/v1/distributions", "/api/v1/distributions/{id}",
				"/api/v1/distributions/{id}/undo", "/api/v1/returns", "/api/v1/transfers", "/api/v1/receipts",
				"/api/v1/adjustments", "/api/v1/stock/{location}", "/api/v1/items", "/api/v1/sites", "/api/v1/tokens",
				"/api/v1/restock-requests", "/api/v1/sites/{code}/months");
		assertThat(json.get("paths").get("/api/v1/distributions").get("post").get("parameters").toString())
			.contains("Idempotency-Key")
			.contains("\"required\":true");
		assertThat(json.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(json.get("components").get("schemas").propertyNames()).contains("DistributionRequest");
	}

	private void assertProblem(ApiClient.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).contains(detail);
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM distributions").query(Long.class).single();
	}

	private int stock(String location, String item) {
		return this.jdbc
			.sql("SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE location = :l AND item_code = :i")
			.param("l", location)
			.param("i", item)
			.query(Integer.class)
			.single();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
