package org.satellite.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.satellite.api.ApiContractIntegrationTests.Call;
import org.satellite.api.ApiContractIntegrationTests.Role;
import org.satellite.api.ApiContractIntegrationTests.Scenario;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A valid and an invalid request for every operation of the API, keyed as
 * {@code "METHOD /path"} like the OpenAPI document. What a valid request needs (a
 * distribution to undo, a sample to test) is made first by an account that may, at the
 * demo program's site SAT-01, over which every demo account may act.
 */
class ContractScenarios {

	private static final String SITE = "SAT-01";

	private static final String MADE_UP_TOKEN = "not-a-token-satellite-ever-issued";

	private static final Map<String, Object> SAMPLE = Map.of("place", "zone:EAST", "mode", "MAIL_IN", "expected",
			"Heroin", "form", "POWDER");

	private static final String DCBC_CSV = "\"Date\",\"Site\",\"City/Town\",\"Expected Substance\","
			+ "\"Fentanyl Test Strip\",\"Benzo Test Strip\",\"FTIR Spectrometer\"\n"
			+ "\"2021-03-04\",\"Contract\",\"Victoria\",\"Heroin\",\"Positive\",\"Negative\",\"Fentanyl HCl\"\n";

	private final int port;

	private final Function<Role, ApiClient> accounts;

	private final JdbcClient jdbc;

	ContractScenarios(int port, Function<Role, ApiClient> accounts, JdbcClient jdbc) {
		this.port = port;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Map<String, Scenario> all() {
		Map<String, Scenario> all = new LinkedHashMap<>();
		identityAndNetwork(all);
		supplies(all);
		stock(all);
		overdose(all);
		checking(all);
		return all;
	}

	private void identityAndNetwork(Map<String, Scenario> all) {
		all.put("POST /api/v1/tokens",
				new Scenario(
						(role) -> Call.post("/api/v1/tokens",
								Map.of("username", role.username, "password", "satellite-demo"), null),
						() -> Call.post("/api/v1/tokens", Map.of("username", "nobody", "password", "wrong"), null)));
		all.put("DELETE /api/v1/tokens/current",
				new Scenario(
						(role) -> Call.delete("/api/v1/tokens/current")
							.withToken(TestTokens.issue(this.port, role.username, "satellite-demo")),
						() -> Call.delete("/api/v1/tokens/current").withToken(MADE_UP_TOKEN)));
		all.put("GET /api/v1/zones", plainGet("/api/v1/zones"));
		all.put("GET /api/v1/sites", plainGet("/api/v1/sites"));
		all.put("GET /api/v1/sites/{code}",
				new Scenario((role) -> Call.get("/api/v1/sites/" + SITE), () -> Call.get("/api/v1/sites/NO-SUCH")));
		all.put("GET /api/v1/peer-workers", plainGet("/api/v1/peer-workers"));
	}

	private void supplies(Map<String, Scenario> all) {
		all.put("GET /api/v1/items", plainGet("/api/v1/items"));
		all.put("POST /api/v1/items", new Scenario(
				(role) -> Call.post("/api/v1/items",
						Map.of("code", "CT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
								"nameEn", "Contract item", "nameFr", "Article du contrat", "unitEn", "each", "unitFr",
								"unité", "category", "TESTING", "needle", false),
						null),
				() -> Call.post("/api/v1/items", "{\"code\": ", null)));
		all.put("POST /api/v1/distributions",
				new Scenario((role) -> Call.post("/api/v1/distributions", distribution(), key()),
						() -> Call.post("/api/v1/distributions", Map.of("site", SITE, "items", Map.of()), key())));
		all.put("GET /api/v1/distributions/{id}",
				new Scenario((role) -> Call.get("/api/v1/distributions/" + distributed()),
						() -> Call.get("/api/v1/distributions/" + UUID.randomUUID())));
		all.put("POST /api/v1/distributions/{id}/undo",
				new Scenario((role) -> Call.post("/api/v1/distributions/" + distributed() + "/undo", null, null),
						() -> Call.post("/api/v1/distributions/" + UUID.randomUUID() + "/undo", null, null)));
		all.put("POST /api/v1/returns",
				new Scenario((role) -> Call.post("/api/v1/returns", Map.of("site", SITE, "needles", 5), key()),
						() -> Call.post("/api/v1/returns", Map.of("site", SITE), key())));
		all.put("POST /api/v1/returns/{id}/undo",
				new Scenario((role) -> Call.post("/api/v1/returns/" + returned() + "/undo", null, null),
						() -> Call.post("/api/v1/returns/" + UUID.randomUUID() + "/undo", null, null)));
	}

	private void stock(Map<String, Scenario> all) {
		all.put("GET /api/v1/stock", plainGet("/api/v1/stock"));
		all.put("GET /api/v1/stock/{location}", plainGet("/api/v1/stock/" + SITE));
		all.put("GET /api/v1/stock/{location}/movements",
				new Scenario((role) -> Call.get("/api/v1/stock/" + SITE + "/movements?limit=5"),
						() -> Call.get("/api/v1/stock/" + SITE + "/movements?limit=many")));
		all.put("PUT /api/v1/stock/{location}/thresholds/{item}",
				new Scenario((role) -> Call.put("/api/v1/stock/" + SITE + "/thresholds/NDL-1", Map.of("minimum", 5)),
						() -> Call.put("/api/v1/stock/NO-SUCH/thresholds/NDL-1", Map.of("minimum", 5))));
		all.put("POST /api/v1/receipts",
				new Scenario(
						(role) -> Call.post("/api/v1/receipts",
								Map.of("lines", List.of(Map.of("itemCode", "NDL-1", "quantity", 10))), key()),
						() -> Call.post("/api/v1/receipts", Map.of("lines", List.of()), key())));
		all.put("POST /api/v1/transfers",
				new Scenario(
						(role) -> Call.post("/api/v1/transfers",
								Map.of("from", "HUB", "to", SITE, "lines",
										List.of(Map.of("itemCode", "NDL-1", "quantity", 1))),
								key()),
						() -> Call.post("/api/v1/transfers", Map.of("from", SITE, "to", SITE, "lines",
								List.of(Map.of("itemCode", "NDL-1", "quantity", 1))), key())));
		all.put("POST /api/v1/adjustments", new Scenario(
				(role) -> Call.post("/api/v1/adjustments",
						Map.of("location", SITE, "item", "NDL-1", "change", 1, "reason", "COUNT_CORRECTION"), key()),
				() -> Call.post("/api/v1/adjustments", Map.of("location", SITE, "item", "NDL-1", "change", 1), key())));
		all.put("POST /api/v1/restock-requests",
				new Scenario((role) -> Call.post("/api/v1/restock-requests", Map.of("site", SITE), null),
						() -> Call.post("/api/v1/restock-requests", Map.of(), null)));
		all.put("GET /api/v1/restock-requests", plainGet("/api/v1/restock-requests"));
		all.put("GET /api/v1/sites/{code}/months",
				new Scenario((role) -> Call.get("/api/v1/sites/" + SITE + "/months?count=2"),
						() -> Call.get("/api/v1/sites/" + SITE + "/months?count=two")));
		all.put("GET /api/v1/program/months", new Scenario((role) -> Call.get("/api/v1/program/months?count=2"),
				() -> Call.get("/api/v1/program/months?count=two")));
	}

	private void overdose(Map<String, Scenario> all) {
		all.put("POST /api/v1/overdose-responses",
				new Scenario((role) -> Call.post("/api/v1/overdose-responses", overdoseResponse(true), key()),
						() -> Call.post("/api/v1/overdose-responses", overdoseResponse(false), key())));
		all.put("GET /api/v1/overdose-responses/{id}",
				new Scenario((role) -> Call.get("/api/v1/overdose-responses/" + responded()),
						() -> Call.get("/api/v1/overdose-responses/" + UUID.randomUUID())));
		all.put("POST /api/v1/overdose-responses/{id}/check-in",
				new Scenario((role) -> Call.post("/api/v1/overdose-responses/" + responded() + "/check-in", null, null),
						() -> Call.post("/api/v1/overdose-responses/" + UUID.randomUUID() + "/check-in", null, null)));
		all.put("POST /api/v1/overdose-responses/{id}/undo",
				new Scenario((role) -> Call.post("/api/v1/overdose-responses/" + responded() + "/undo", null, null),
						() -> Call.post("/api/v1/overdose-responses/" + UUID.randomUUID() + "/undo", null, null)));
	}

	private void checking(Map<String, Scenario> all) {
		String samples = "/api/v1/checking/samples";
		all.put("POST " + samples, new Scenario((role) -> Call.post(samples, SAMPLE, key()),
				() -> Call.post(samples, Map.of("mode", "WALK_IN", "form", "PILL"), key())));
		all.put("GET " + samples + "/{code}",
				new Scenario((role) -> Call.get(samples + "/" + sample(false)), () -> Call.get(samples + "/AAAAAAAA")));
		all.put("POST " + samples + "/{code}/strips",
				new Scenario((role) -> Call.post(samples + "/" + sample(false) + "/strips", strip(), null),
						() -> Call.post(samples + "/AAAAAAAA/strips", strip(), null)));
		all.put("POST " + samples + "/{code}/components",
				new Scenario((role) -> Call.post(samples + "/" + sample(false) + "/components", component(), key()),
						() -> Call.post(samples + "/AAAAAAAA/components", component(), key())));
		all.put("POST " + samples + "/{code}/release",
				new Scenario((role) -> Call.post(samples + "/" + sample(true) + "/release", null, null),
						() -> Call.post(samples + "/" + sample(false) + "/release", null, null)));
		String imports = "/api/v1/checking/imports";
		all.put("POST " + imports,
				new Scenario((role) -> Call.upload(imports + "?format=drug-checking-bc", DCBC_CSV, key()), () -> Call
					.upload(imports + "?format=drug-checking-bc", "\"Date\",\"Site\"\n\"2021-01-01\",\"X", key())));
		for (String part : List.of("", "/problems", "/summary")) {
			all.put("GET " + imports + "/{id}" + part,
					new Scenario((role) -> Call.get(imports + "/" + imported() + part),
							() -> Call.get(imports + "/" + UUID.randomUUID() + part)));
		}
		// A name no substance resembles waits in the queue without a substance: the
		// document must allow that.
		all.put("GET /api/v1/checking/vocabulary/queue", new Scenario((role) -> {
			unknownNameWritten();
			return Call.get("/api/v1/checking/vocabulary/queue");
		}, () -> Call.get("/api/v1/checking/vocabulary/queue").withToken(MADE_UP_TOKEN)));
		all.put("POST /api/v1/checking/vocabulary/mappings", new Scenario(
				(role) -> Call.post("/api/v1/checking/vocabulary/mappings", mapping("Heroin HCl"), null),
				() -> Call.post("/api/v1/checking/vocabulary/mappings", mapping("never written anywhere"), null)));
	}

	/**
	 * A read with nothing to get wrong but the token: the invalid request has a made-up
	 * one.
	 */
	private static Scenario plainGet(String path) {
		return new Scenario((role) -> Call.get(path), () -> Call.get(path).withToken(MADE_UP_TOKEN));
	}

	private static Map<String, Object> distribution() {
		return Map.of("site", SITE, "items", Map.of("NDL-1", 1));
	}

	private String distributed() {
		return made(Role.COORDINATOR, "/api/v1/distributions", distribution()).get("id").asString();
	}

	private String returned() {
		return made(Role.COORDINATOR, "/api/v1/returns", Map.of("site", SITE, "needles", 3)).get("id").asString();
	}

	private String responded() {
		return made(Role.COORDINATOR, "/api/v1/overdose-responses", overdoseResponse(true)).get("id").asString();
	}

	private static Map<String, Object> overdoseResponse(boolean complete) {
		Map<String, Object> response = new LinkedHashMap<>(Map.of("site", SITE, "substances", List.of("fentanyl"),
				"naloxoneDoses", 1, "naloxoneForm", "NASAL", "noCallReason", "FEAR_OF_POLICE", "stayedWithPerson", true,
				"outcome", "RECOVERED_ON_SITE", "responder", "PEER_WORKER"));
		if (complete) {
			response.put("called911", false);
		}
		return response;
	}

	private String sample(boolean tested) {
		String code = made(Role.CHECKER, "/api/v1/checking/samples", SAMPLE).get("code").asString();
		if (tested) {
			ApiClient.Response strip = this.accounts.apply(Role.CHECKER)
				.post("/api/v1/checking/samples/" + code + "/strips", strip(), null);
			require(strip, 200);
		}
		return code;
	}

	private static Map<String, Object> strip() {
		return Map.of("strip", "FENTANYL", "result", "NEGATIVE");
	}

	private void unknownNameWritten() {
		ApiClient.Response answer = this.accounts.apply(Role.CHECKER)
			.post("/api/v1/checking/samples/" + sample(false) + "/components",
					Map.of("name", "Qzxv unknown powder " + UUID.randomUUID(), "quality", "MATCH"), key());
		require(answer, 201);
	}

	private static Map<String, Object> component() {
		return Map.of("name", "Heroin HCl", "quality", "MATCH");
	}

	private String imported() {
		Call upload = Call.upload("/api/v1/checking/imports?format=drug-checking-bc", DCBC_CSV, key());
		ApiClient.Response answer = this.accounts.apply(Role.CHECKER)
			.exchange("POST", upload.path(), upload.contentType(), upload.body(), Map.of("Idempotency-Key", key()));
		require(answer, 202);
		String location = answer.header("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private Map<String, Object> mapping(String name) {
		// The name exists once a component has been written with it.
		this.accounts.apply(Role.CHECKER)
			.post("/api/v1/checking/samples/" + sample(false) + "/components", component(), key());
		int heroin = this.jdbc.sql("SELECT id FROM substances WHERE name_en = 'Heroin'").query(Integer.class).single();
		return Map.of("name", name, "substance", heroin);
	}

	private JsonNode made(Role by, String path, Map<String, Object> body) {
		ApiClient.Response answer = this.accounts.apply(by).post(path, body, key());
		require(answer, 201);
		return answer.json();
	}

	private static void require(ApiClient.Response answer, int status) {
		if (answer.status() != status) {
			throw new IllegalStateException("Could not prepare a request: " + answer.status() + " " + answer.body());
		}
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
