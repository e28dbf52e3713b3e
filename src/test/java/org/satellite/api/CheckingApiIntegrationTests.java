package org.satellite.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drug checking API over real HTTP with real tokens: idempotent intake, problems in
 * plain words, roles refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CheckingApiIntegrationTests {

	static final Map<String, Object> SAMPLE = Map.of("place", "zone:EAST", "mode", "MAIL_IN", "expected", "Heroin",
			"form", "POWDER");

	@LocalServerPort
	int port;

	ApiClient checker;

	@BeforeEach
	void logIn() {
		this.checker = new ApiClient(this.port).as("checker", "satellite-demo");
	}

	@Test
	void aSampleRecordedTwiceWithOneKeyLandsOnceAndItsTestsShowInTheResult() {
		String key = UUID.randomUUID().toString();

		ApiClient.Response first = this.checker.post("/api/v1/checking/samples", SAMPLE, key);
		ApiClient.Response again = this.checker.post("/api/v1/checking/samples", SAMPLE, key);

		assertThat(first.status()).isEqualTo(201);
		String code = first.json().get("code").asString();
		assertThat(again.json().get("code").asString()).isEqualTo(code);
		this.checker.post("/api/v1/checking/samples/" + code + "/strips",
				Map.of("strip", "BENZODIAZEPINE", "result", "POSITIVE"), null);
		String componentKey = UUID.randomUUID().toString();
		this.checker.post("/api/v1/checking/samples/" + code + "/components",
				Map.of("name", "Heroin HCl", "quality", "MATCH"), componentKey);
		this.checker.post("/api/v1/checking/samples/" + code + "/components",
				Map.of("name", "Heroin HCl", "quality", "MATCH"), componentKey);
		ApiClient.Response released = this.checker.post("/api/v1/checking/samples/" + code + "/release", Map.of(),
				null);

		assertThat(released.json().get("released").asBoolean()).isTrue();
		assertThat(released.json().get("components")).hasSize(1);
		assertThat(released.json().get("notable").get(0).asString()).isEqualTo("benzoInOpioid");
	}

	@Test
	void badInputGetsAProblemInPlainWords() {
		ApiClient.Response noKey = this.checker.post("/api/v1/checking/samples", SAMPLE, null);
		ApiClient.Response noPlace = this.checker.post("/api/v1/checking/samples",
				Map.of("mode", "WALK_IN", "form", "PILL"), UUID.randomUUID().toString());
		ApiClient.Response unknown = this.checker.get("/api/v1/checking/samples/AAAAAAAA");

		assertThat(noKey.status()).isEqualTo(400);
		assertThat(noKey.contentType()).startsWith("application/problem+json");
		assertThat(noPlace.status()).isEqualTo(422);
		assertThat(noPlace.detail()).isEqualTo("Choose the site or zone where the sample was checked.");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.detail()).isEqualTo("There is no sample with this code.");
	}

	@Test
	void aMalformedCsvIsRefusedWithTheReasonAndNothingIsQueued() {
		ApiClient.Response refused = this.checker.postRaw("/api/v1/checking/imports?format=drug-checking-bc",
				"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\n"
						+ "\"Date\",\"Site\"\n\"2021-01-01\",\"X\r\n--b--\r\n",
				"multipart/form-data; boundary=b", UUID.randomUUID().toString());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.detail()).contains("Nothing was imported");
	}

	@Test
	void aFileOverTheLimitIsRefusedWithHowLargeAFileMayBe() throws Exception {
		String token = TestTokens.issue(this.port, "checker", "satellite-demo");
		byte[] head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
			.getBytes(StandardCharsets.UTF_8);
		long size = 60L * 1024 * 1024;
		InputStream body = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
			long left = size;

			@Override
			public int read() {
				return (this.left-- > 0) ? 'x' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, this.left);
				Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				this.left -= n;
				return n;
			}
		});
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/api/v1/checking/imports?format=drug-checking-bc"))
				.header("Authorization", "Bearer " + token)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.header("Content-Type", "multipart/form-data; boundary=b")
				.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body),
						head.length + size))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("larger than 50 MB");
	}

	@Test
	void peerWorkersAndAnonymousClientsCannotRecordSamplesOrMapNames() {
		ApiClient peer = new ApiClient(this.port).as("peer", "satellite-demo");
		ApiClient anonymous = new ApiClient(this.port);

		assertThat(peer.post("/api/v1/checking/samples", SAMPLE, UUID.randomUUID().toString()).status()).isEqualTo(403);
		assertThat(peer.get("/api/v1/checking/vocabulary/queue").status()).isEqualTo(403);
		assertThat(this.checker
			.post("/api/v1/checking/vocabulary/mappings", Map.of("name", "Fentanyl HCl", "substance", 1), null)
			.status()).isEqualTo(403);
		assertThat(anonymous.post("/api/v1/checking/samples", SAMPLE, UUID.randomUUID().toString()).status())
			.isEqualTo(401);
	}

}
