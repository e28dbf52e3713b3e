package org.satellite.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the application serves, held to what the application answers.
 * Every operation in it is called as every role (and without a token) with a valid
 * request, and once with an invalid one; every answer, and every valid request, is
 * checked against the document by swagger-request-validator: the status must be
 * documented for the operation, the content type documented for that status, the body
 * valid against its schema. A role the operation's {@code x-roles} lists must succeed;
 * any other must get 403; no token, 401; the invalid request, a documented refusal. An
 * operation in the document without a scenario here, or a scenario for an operation no
 * longer documented, fails the test, so a new endpoint cannot slip by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiContractIntegrationTests {

	private static final String ANSWER_TYPES = "application/json, application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

	/** The demo accounts, one per role, all at or over site SAT-01. */
	enum Role {

		PEER_WORKER("peer"), COORDINATOR("coordinator"), ADMIN("admin"), CHECKER("checker"), ANALYST("analyst"),
		EDITOR("editor");

		final String username;

		Role(String username) {
			this.username = username;
		}

	}

	@Test
	void everyOperationAnswersAsTheDocumentSaysToEveryRole() {
		ApiClient.Response served = new ApiClient(this.port).get("/api/v1/openapi.json");
		OpenApiInteractionValidator validator = OpenApiInteractionValidator
			.createForInlineApiSpecification(served.body())
			.build();
		Map<String, JsonNode> operations = operations(served.json());
		Map<String, Scenario> scenarios = scenarios();

		assertThat(scenarios.keySet())
			.as("every operation of the OpenAPI document has a scenario in this test, and every scenario an operation")
			.containsExactlyInAnyOrderElementsOf(operations.keySet());

		for (Role role : Role.values()) {
			this.clients.put(role, new ApiClient(this.port).as(role.username, "satellite-demo"));
		}
		List<String> failures = new ArrayList<>();
		operations.forEach((operation, described) -> {
			Scenario scenario = scenarios.get(operation);
			boolean open = described.has("security") && described.get("security").isEmpty();
			Set<String> roles = new TreeSet<>();
			if (described.has("x-roles")) {
				described.get("x-roles").forEach((role) -> roles.add(role.asString()));
			}
			for (Role role : Role.values()) {
				boolean allowed = roles.isEmpty() || roles.contains(role.name());
				Call call = scenario.valid().apply(role);
				ApiClient.Response answer = send(call, open ? null : this.clients.get(role));
				String as = operation + " as " + role;
				if (allowed) {
					expect(failures, as, answer, (answer.status() / 100) == 2, "a success");
					report(failures, as,
							validator.validate(request(call, open ? null : this.clients.get(role)), response(answer)));
				}
				else {
					expect(failures, as, answer, answer.status() == 403, "403");
					report(failures, as, validator.validateResponse(call.route(), call.method(), response(answer)));
				}
			}
			if (!open) {
				Call call = scenario.valid().apply(Role.ADMIN).withToken(null);
				ApiClient.Response answer = send(call, null);
				expect(failures, operation + " without a token", answer, answer.status() == 401, "401");
				report(failures, operation + " without a token",
						validator.validateResponse(call.route(), call.method(), response(answer)));
			}
			Role allowed = roles.isEmpty() ? Role.ADMIN : Role.valueOf(roles.iterator().next());
			Call invalid = scenario.invalid().get();
			ApiClient.Response answer = send(invalid, open ? null : this.clients.get(allowed));
			String as = operation + " invalid, as " + allowed;
			expect(failures, as, answer,
					(answer.status() / 100) == 4 && answer.contentType().startsWith("application/problem+json"),
					"a refusal as application/problem+json");
			report(failures, as, validator.validateResponse(invalid.route(), invalid.method(), response(answer)));
		});

		assertThat(failures).as("answers that differ from the OpenAPI document").isEmpty();
	}

	private static void expect(List<String> failures, String as, ApiClient.Response answer, boolean met,
			String expected) {
		if (!met) {
			failures.add(as + ": expected " + expected + ", got " + answer.status() + " " + answer.contentType() + " "
					+ answer.body());
		}
	}

	private static void report(List<String> failures, String as, ValidationReport report) {
		report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.forEach((message) -> failures.add(as + ": " + message.getKey() + " " + message.getMessage()));
	}

	/** Every operation of the document, as "METHOD /path", with what it says. */
	private static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		document.get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.stream()
				.filter((method) -> Set.of("get", "put", "post", "delete", "patch").contains(method.getKey()))
				.forEach((method) -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(),
						method.getValue())));
		return operations;
	}

	private ApiClient.Response send(Call call, ApiClient as) {
		ApiClient client = (call.token() != null) ? new ApiClient(this.port).withToken(call.token())
				: (as != null) ? as : new ApiClient(this.port);
		return client.exchange(call.method().name(), call.path(), call.contentType(), call.body(), headers(call));
	}

	private static Map<String, String> headers(Call call) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", ANSWER_TYPES);
		if (call.key() != null) {
			headers.put("Idempotency-Key", call.key());
		}
		return headers;
	}

	private Request request(Call call, ApiClient as) {
		String path = call.path();
		int query = path.indexOf('?');
		SimpleRequest.Builder request = new SimpleRequest.Builder(call.method(),
				(query < 0) ? path : path.substring(0, query));
		if (query >= 0) {
			for (String pair : path.substring(query + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.withQueryParam(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		headers(call).forEach(request::withHeader);
		String token = (call.token() != null) ? call.token() : (as != null) ? as.token() : null;
		if (token != null) {
			request.withAuthorization("Bearer " + token);
		}
		if (call.body() != null) {
			request.withContentType(call.contentType());
			if (!call.contentType().startsWith("multipart/")) {
				request.withBody(call.body());
			}
		}
		return request.build();
	}

	private static SimpleResponse response(ApiClient.Response answer) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
		if (!answer.contentType().isEmpty()) {
			response.withContentType(answer.contentType());
		}
		if (answer.body() != null && !answer.body().isEmpty()) {
			response.withBody(answer.body());
		}
		return response.build();
	}

	/** One request: its token when it needs its own (revoking one). */
	record Call(Request.Method method, String path, String contentType, byte[] body, String key, String token) {

		static Call get(String path) {
			return new Call(Request.Method.GET, path, null, null, null, null);
		}

		static Call delete(String path) {
			return new Call(Request.Method.DELETE, path, null, null, null, null);
		}

		static Call post(String path, Object body, String key) {
			return json(Request.Method.POST, path, body, key);
		}

		static Call put(String path, Object body) {
			return json(Request.Method.PUT, path, body, null);
		}

		static Call json(Request.Method method, String path, Object body, String key) {
			if (body == null) {
				return new Call(method, path, null, null, key, null);
			}
			byte[] bytes = (body instanceof String raw) ? raw.getBytes(StandardCharsets.UTF_8)
					: ApiClient.JSON.writeValueAsBytes(body);
			return new Call(method, path, "application/json", bytes, key, null);
		}

		static Call upload(String path, String csv, String key) {
			String body = "--contract\r\nContent-Disposition: form-data; name=\"file\"; filename=\"results.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--contract--\r\n";
			return new Call(Request.Method.POST, path, "multipart/form-data; boundary=contract",
					body.getBytes(StandardCharsets.UTF_8), key, null);
		}

		/** The path without its query. */
		String route() {
			int query = this.path.indexOf('?');
			return (query < 0) ? this.path : this.path.substring(0, query);
		}

		Call withToken(String token) {
			return new Call(this.method, this.path, this.contentType, this.body, this.key, token);
		}

	}

	/**
	 * A valid request for a role (made ready by an account that may), and an invalid one.
	 */
	record Scenario(Function<Role, Call> valid, Supplier<Call> invalid) {
	}

	private ApiClient as(Role role) {
		return this.clients.get(role);
	}

	private Map<String, Scenario> scenarios() {
		return new ContractScenarios(this.port, this::as, this.jdbc).all();
	}

}
