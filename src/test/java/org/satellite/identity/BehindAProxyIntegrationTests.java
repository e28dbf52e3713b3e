package org.satellite.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Satellite behind a TLS-ending proxy on loopback (a trusted proxy): the person's browser
 * spoke HTTPS to the proxy, so redirects stay on https, the session cookie is Secure and
 * HSTS is sent. The same requests straight to Satellite over plain HTTP get none of
 * these.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BehindAProxyIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aLoginThroughTheProxyStaysOnHttpsWithASecureCookieAndHsts() throws Exception {
		HttpResponse<String> form = send(request("/login", true).GET());
		assertThat(form.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));

		HttpResponse<String> login = send(login(form, true));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).contains("https://satellite.example.org/app");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	void aFailedLoginThroughTheProxyIsSentBackOnHttps() throws Exception {
		HttpResponse<String> form = send(request("/login", true).GET());
		HttpResponse<String> login = send(login(form, true, "coordinator", "not the password"));

		assertThat(login.headers().firstValue("Location")).contains("https://satellite.example.org/login?error");
	}

	@Test
	void plainHttpStraightToSatelliteHasNoHstsAndNoSecureCookie() throws Exception {
		HttpResponse<String> form = send(request("/login", false).GET());
		assertThat(form.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> login = send(login(form, false));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotStartWith("https:").endsWith("/app");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("Secure"));
	}

	HttpRequest.Builder login(HttpResponse<String> form, boolean throughProxy) {
		return login(form, throughProxy, "coordinator", "satellite-demo");
	}

	HttpRequest.Builder login(HttpResponse<String> form, boolean throughProxy, String username, String password) {
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		List<String> cookies = new ArrayList<>();
		for (String cookie : form.headers().allValues("Set-Cookie")) {
			cookies.add(cookie.substring(0, cookie.indexOf(';')));
		}
		String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return request("/login", throughProxy).header("Cookie", String.join("; ", cookies))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	HttpRequest.Builder request(String path, boolean throughProxy) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (throughProxy) {
			request.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "satellite.example.org")
				.header("X-Forwarded-Port", "443")
				.header("X-Forwarded-For", "203.0.113.7");
		}
		return request;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
