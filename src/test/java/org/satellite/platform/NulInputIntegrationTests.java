package org.satellite.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text with a NUL character is a 400 on every route, said in the reader's language, and
 * changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NulInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSearchForANulIsABadRequestSaidPlainly() throws Exception {
		assertThat(get("/hub/resources?q=naloxone", "en").statusCode()).isEqualTo(200);

		HttpResponse<String> query = get("/hub/resources?q=%00", "en");
		assertThat(query.statusCode()).isEqualTo(400);
		assertThat(query.body()).contains("could not read what was sent");

		HttpResponse<String> tag = get("/hub/resources?tag=%00", "fr");
		assertThat(tag.statusCode()).isEqualTo(400);
		assertThat(tag.body()).contains("<html").doesNotContain("Exception");
	}

	@Test
	void aFormFieldWithANulIsRefusedAndNothingIsStored() throws Exception {
		long before = reports();
		HttpResponse<String> response = this.http
			.send(request("/alerts/report", "en").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("kind=BAD_BATCH&text=blue%00pills&key=" + UUID.randomUUID()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void theApiRefusesANulInJsonOrInTheQueryWithAProblem() throws Exception {
		HttpResponse<String> json = this.http
			.send(request("/api/v1/tokens", "fr").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"coordinator\\u0000\",\"password\":\"x\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

		HttpResponse<String> query = get("/api/v1/sites?zone=%00", "fr");
		assertThat(query.statusCode()).isEqualTo(400);
		assertThat(query.body()).contains("caractère NUL");
	}

	long reports() {
		return this.jdbc.sql("SELECT count(*) FROM community_reports").query(Long.class).single();
	}

	HttpResponse<String> get(String path, String language) throws Exception {
		return this.http.send(request(path, language).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/json;q=0.9")
			.header("Accept-Language", language);
	}

}
