package org.satellite.checking.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public result page against code guessing: wrong codes are said plainly, and after too many the page closes for
 * everyone for a while, without knowing or keeping who asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResultPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ResultLookupLimit limit;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void tooManyWrongCodesCloseThePageForAWhileAndSaySo() throws Exception {
		try {
			this.limit.refillCompletely();
			int answered = 0;
			HttpResponse<String> closed = get("/results/ZZZZZZZZ");
			while (closed.statusCode() == 404 && answered < 200) {
				answered++;
				closed = get("/results/ZZZZZZZZ");
			}

			// The bucket refills one token every two seconds while the loop runs, hence "at least".
			assertThat(answered).isBetween(ResultLookupLimit.CAPACITY, ResultLookupLimit.CAPACITY + 30);
			assertThat(closed.statusCode()).isEqualTo(429);
			assertThat(closed.headers().firstValue("Retry-After")).contains("60");
			assertThat(closed.body()).contains("Too many wrong codes have been tried in the last minutes");
		}
		finally {
			this.limit.refillCompletely();
		}
	}

	@Test
	void aWrongCodeIsSaidPlainlyAndTheAnswerIsNotCached() throws Exception {
		HttpResponse<String> wrong = get("/results/ABCD-EFGH");

		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).contains("is not a sample code");
		assertThat(wrong.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
