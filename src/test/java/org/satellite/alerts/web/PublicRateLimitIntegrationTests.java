package org.satellite.alerts.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address cannot flood phones with confirmation texts or the triage queue with reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicRateLimitIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PublicRateLimit limit;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	@AfterEach
	void newHour() {
		this.limit.forgetAll();
	}

	@Test
	void theEleventhSubscriptionFromOneAddressWithinAnHourIsRefused() throws Exception {
		HttpResponse<String> last = null;
		for (int i = 0; i < 11; i++) {
			last = post("/alerts/subscribe", "phone=12&zones=DT");
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Too many tries from here");
	}

	@Test
	void theTwentyFirstReportFromOneAddressWithinAnHourIsRefused() throws Exception {
		HttpResponse<String> last = null;
		for (int i = 0; i < 21; i++) {
			last = post("/alerts/report", "kind=BAD_BATCH&text=");
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Too many tries from here");
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		String page = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
