package org.satellite.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running application's API, as an outside program would use
 * it.
 */
class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	private String language = "en";

	ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	ApiClient as(String username, String password) {
		Response issued = post("/api/v1/tokens", Map.of("username", username, "password", password), null);
		if (issued.status() != 201) {
			throw new IllegalStateException("Could not log in as " + username + ": " + issued.body());
		}
		this.token = issued.json().get("token").asString();
		return this;
	}

	ApiClient withToken(String token) {
		this.token = token;
		return this;
	}

	ApiClient inFrench() {
		this.language = "fr";
		return this;
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path, Object body, String idempotencyKey) {
		return postRaw(path, JSON.writeValueAsString(body), "application/json", idempotencyKey);
	}

	Response postRaw(String path, String body, String contentType, String idempotencyKey) {
		HttpRequest.Builder request = request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	Response delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * Any request, as it is given: the contract test sends valid and invalid ones alike.
	 */
	Response exchange(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		return send(request);
	}

	String token() {
		return this.token;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", this.language);
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map((e) -> e.getValue().get(0))
				.orElse(null);
		}

		String detail() {
			return json().get("detail").asString();
		}

	}

}
