package org.satellite.hub;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's pages over real HTTP: who may enter, who is refused, an admin giving
 * someone the new editor role, and the editor's forms refusing bad input in plain words
 * without changing anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HubEditorIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyRoleButEditorAndAdminIsRefusedTheEditorPages() {
		for (String refused : new String[] { "coordinator", "peer", "checker", "analyst" }) {
			Session session = new Session();
			session.login(refused);
			// The form token changes at login: take the current one, so that the POST
			// below meets the role rule, not
			// the "session expired" page a stale token leads to.
			session.get("/app");
			assertThat(session.get("/app/hub").statusCode()).as(refused).isEqualTo(403);
			assertThat(session.get("/app/hub/resources").statusCode()).as(refused).isEqualTo(403);
			assertThat(session.get("/app/hub/events/9").statusCode()).as(refused).isEqualTo(403);
			assertThat(session.post("/app/hub/resources", Map.of("kind", "TOOL", "title", "x", "language", "en"))
				.statusCode()).as(refused).isEqualTo(403);
		}
		Session anonymous = new Session();
		HttpResponse<String> page = anonymous.get("/app/hub");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));

		for (String allowed : new String[] { "editor", "admin" }) {
			Session session = new Session();
			session.login(allowed);
			assertThat(session.get("/app/hub").statusCode()).as(allowed).isEqualTo(200);
			assertThat(session.get("/app/hub/events/9").body()).as(allowed)
				.contains("Harm Reduction &amp; Drug Selling");
		}
	}

	@Test
	void anAdminGivesSomeoneTheEditorRole() {
		Session admin = new Session();
		admin.login("admin");
		assertThat(admin.get("/app/admin/accounts").body()).contains("<option value=\"EDITOR\">Hub editor</option>");
		String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);

		admin.post("/app/admin/accounts",
				Map.of("username", name, "password", "curating-the-hub-2030", "role", "EDITOR"));

		Session editor = new Session();
		assertThat(editor.login(name, "curating-the-hub-2030")).endsWith("/app");
		assertThat(editor.get("/app").body()).contains("href=\"/app/hub\"");
		assertThat(editor.get("/app/hub").statusCode()).isEqualTo(200);
	}

	@Test
	void theEditorsFormsRefuseBadInputInPlainWordsAndKeepWhatWasTyped() {
		Session editor = new Session();
		editor.login("editor");
		editor.get("/app/hub");

		HttpResponse<String> past = editor.post("/app/hub/events",
				Map.of("number", "88888", "titleEn", "Too late", "titleFr", "Trop tard", "date", "2020-01-01", "time",
						"13:00", "zone", "America/Toronto", "duration", "90", "status", "SCHEDULED"));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("That date and time are already past", "value=\"Too late\"");
		assertThat(editor.get("/hub/events/88888").statusCode()).isEqualTo(404);

		editor.get("/app/hub/resources");
		HttpResponse<String> link = editor.post("/app/hub/resources",
				Map.of("kind", "TOOL", "title", "Sneaky tool", "language", "en", "link", "javascript:alert(1)"));
		assertThat(link.statusCode()).isEqualTo(422);
		assertThat(link.body()).contains("A link must be a web address starting with http:// or https://.");
		assertThat(editor.get("/hub/resources?q=sneaky").body()).doesNotContain("Sneaky tool");
	}

	/** A browser-like session: cookies, and the CSRF token of the last form page. */
	private final class Session {

		private final Pattern csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private String csrf;

		String login(String username) {
			return login(username, "satellite-demo");
		}

		String login(String username, String password) {
			get("/login");
			return post("/login", Map.of("username", username, "password", password)).headers()
				.firstValue("Location")
				.orElse("");
		}

		HttpResponse<String> get(String path) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
			Matcher token = this.csrfField.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		HttpResponse<String> post(String path, Map<String, String> form) {
			Map<String, String> fields = new LinkedHashMap<>(form);
			if (this.csrf != null) {
				fields.put("_csrf", this.csrf);
			}
			String body = fields.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + HubEditorIntegrationTests.this.port + path);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.header("Accept-Language", "en").build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
