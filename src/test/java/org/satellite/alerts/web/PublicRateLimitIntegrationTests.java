package org.satellite.alerts.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
 * One client cannot flood phones with confirmation texts or the triage queue with
 * reports, and cannot stop anyone else from subscribing or reporting. Clients are told
 * apart by the address a trusted proxy forwards (requests from loopback with
 * {@code X-Forwarded-For}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicRateLimitIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PublicRateLimit limit;

	@AfterEach
	void newHour() {
		this.limit.forgetAll("subscribe", PublicAlertsController.SUBSCRIPTIONS_PER_HOUR);
		this.limit.forgetAll("report", ReportsController.REPORTS_PER_HOUR);
	}

	@Test
	void theEleventhSubscriptionFromOneClientWithinAnHourIsRefused() throws Exception {
		Client client = new Client("198.51.100.10");
		HttpResponse<String> last = null;
		for (int i = 0; i < 11; i++) {
			last = client.post("/alerts/subscribe", "phone=12&zones=DT");
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Too many tries from here");
	}

	@Test
	void theTwentyFirstReportFromOneClientWithinAnHourIsRefused() throws Exception {
		Client client = new Client("198.51.100.11");
		HttpResponse<String> last = null;
		for (int i = 0; i < 21; i++) {
			last = client.post("/alerts/report", "kind=BAD_BATCH&text=");
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Too many tries from here");
	}

	@Test
	void oneClientsReportsNeverBlockAnotherPersonsOverdoseReport() throws Exception {
		Client flooder = new Client("198.51.100.12");
		while (flooder.post("/alerts/report", "kind=BAD_BATCH&text=").statusCode() != 429) {
			// the flooder uses up their reports
		}

		HttpResponse<String> report = new Client("203.0.113.12").post("/alerts/report",
				"kind=OVERDOSE&zone=DT&text=Someone+went+down+after+a+blue+pill&key=" + UUID.randomUUID());
		assertThat(report.statusCode()).as(report.body()).isEqualTo(302);
		assertThat(report.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/alerts/report"));
	}

	/** A browser behind the proxy: its own cookies, its address forwarded. */
	final class Client {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		final String address;

		Client(String address) {
			this.address = address;
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			String page = this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher token = CSRF.matcher(page);
			assertThat(token.find()).isTrue();
			return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest
				.newBuilder(URI.create("http://localhost:" + PublicRateLimitIntegrationTests.this.port + path))
				.header("X-Forwarded-For", this.address)
				.header("Accept-Language", "en");
		}

	}

}
