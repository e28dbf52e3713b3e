package org.satellite.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session without a browser: cookies, and the CSRF token read from
 * each form page.
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private String csrf;

	private String language = "en";

	private String forwardedFor;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Asks for pages in this language ({@code Accept-Language}) from now on. */
	public WebSession speaking(String language) {
		this.language = language;
		return this;
	}

	/**
	 * Sends every request as a trusted proxy on loopback would for a client at this
	 * address ({@code X-Forwarded-For}), so that tests can be several clients at once.
	 */
	public WebSession from(String clientAddress) {
		this.forwardedFor = clientAddress;
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	/** A file as bytes (a PDF), with this session's cookies. */
	public HttpResponse<byte[]> getBytes(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.GET()
			.header("Accept-Language", this.language);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Logs in through the form and answers where the application sent the person. */
	public String login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password)).headers()
			.firstValue("Location")
			.orElse("");
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		return postWithCsrf(path, form, true);
	}

	public HttpResponse<String> postWithCsrf(String path, Map<String, String> form, boolean withCsrf) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (withCsrf && this.csrf != null) {
			fields.put("_csrf", this.csrf);
		}
		return postFields(path, List.copyOf(fields.entrySet()));
	}

	/**
	 * Posts a form whose fields may repeat (ticked checkboxes of one name), with the CSRF
	 * token.
	 */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>(form);
		if (this.csrf != null) {
			fields.add(Map.entry("_csrf", this.csrf));
		}
		return postFields(path, fields);
	}

	private HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			if (this.forwardedFor != null) {
				request.header("X-Forwarded-For", this.forwardedFor);
			}
			// What a browser asks for when it follows a link or sends a form: pages, in
			// the person's language.
			return this.http.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.header("Accept-Language", this.language)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
