package org.satellite.checking.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public result page against code guessing: wrong codes are said plainly, and after
 * too many the page closes for a while to the client who guessed, and to nobody else.
 * Clients are told apart by the address a trusted proxy forwards (here, requests from
 * loopback with {@code X-Forwarded-For}); the address is never kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResultPageIntegrationTests {

	static final String GUESSER = "198.51.100.23";

	static final String SOMEONE_ELSE = "203.0.113.45";

	@LocalServerPort
	int port;

	@Autowired
	ResultLookupLimit limit;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void refill() {
		this.limit.refillCompletely();
	}

	@Test
	void tooManyWrongCodesCloseThePageForAWhileToTheGuesserAndSaySo() throws Exception {
		int answered = 0;
		HttpResponse<String> closed = get("/results/ZZZZZZZZ", GUESSER);
		while (closed.statusCode() == 404 && answered < 200) {
			answered++;
			closed = get("/results/ZZZZZZZZ", GUESSER);
		}

		// The bucket refills one token every two seconds while the loop runs, hence "at
		// least".
		assertThat(answered).isBetween(30, 60);
		assertThat(closed.statusCode()).isEqualTo(429);
		assertThat(closed.headers().firstValue("Retry-After")).contains("60");
		assertThat(closed.body()).contains("Too many wrong codes have been tried in the last minutes");
	}

	@Test
	void oneClientsWrongCodesNeverStopAnotherFromReadingTheirResult() throws Exception {
		String realCode = this.jdbc.sql("SELECT code FROM samples ORDER BY code LIMIT 1").query(String.class).single();
		while (get("/results/ZZZZZZZZ", GUESSER).statusCode() != 429) {
			// the guesser empties their bucket
		}

		HttpResponse<String> result = get("/results/" + realCode, SOMEONE_ELSE);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains(realCode.substring(0, 4));
		assertThat(get("/results/ZZZZZZZZ", SOMEONE_ELSE).statusCode()).as("someone else's typo is only a typo")
			.isEqualTo(404);
		assertThat(get("/results/" + realCode, GUESSER).statusCode())
			.as("the guesser learns nothing, not even which codes are real")
			.isEqualTo(429);
	}

	@Test
	void theLimitKeepsNoAddressOnlyAKeyedHash() throws Exception {
		get("/results/ZZZZZZZZ", GUESSER);

		String stored = this.jdbc.sql("SELECT string_agg(id, ' ') FROM shared_limits").query(String.class).single();
		assertThat(stored).startsWith("result-lookup.wrong-code/").doesNotContain(GUESSER).matches(".*:[0-9a-f]{64}$");
	}

	@Test
	void aWrongCodeIsSaidPlainlyAndTheAnswerIsNotCached() throws Exception {
		HttpResponse<String> wrong = get("/results/ABCD-EFGH", SOMEONE_ELSE);

		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).contains("is not a sample code");
		assertThat(wrong.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
	}

	HttpResponse<String> get(String path, String client) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", client)
			.header("Accept-Language", "en")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
