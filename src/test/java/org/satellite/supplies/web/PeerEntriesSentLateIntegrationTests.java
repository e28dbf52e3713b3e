package org.satellite.supplies.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.satellite.platform.ProgramTime;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the phone relies on when it sends entries it kept without a connection: the same
 * form posted again with its key lands once, dated when it was made; the session endpoint
 * says whose session it is and gives a fresh CSRF token, or sends a person whose session
 * ended to the login page; pages and assets travel compressed, and assets with versioned
 * addresses are cached for a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PeerEntriesSentLateIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramTime time;

	@Test
	void aDistributionSentTwiceWithItsKeyLandsOnceWhenItWasMade() {
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		peer.get("/app/peer");
		String key = UUID.randomUUID().toString();
		Instant madeAt = this.time.now().minus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, String> form = Map.of("key", key, "save", "1", "q.NDL-1", "7", "madeAt", madeAt.toString());

		HttpResponse<String> first = peer.post("/app/peer/distributions", form);
		HttpResponse<String> again = peer.post("/app/peer/distributions", form);

		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/app/peer");
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/app/peer");
		assertThat(this.jdbc.sql("""
				SELECT d.occurred_at FROM distributions d JOIN idempotency_keys k ON k.entry_id = d.id
				WHERE k.key = :key""").param("key", key).query(Timestamp.class).list()).extracting(Timestamp::toInstant)
			.containsExactly(madeAt);
	}

	@Test
	void needlesBackSentTwiceWithTheirKeyLandOnce() {
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		peer.get("/app/peer/returns");
		String key = UUID.randomUUID().toString();
		Map<String, String> form = Map.of("key", key, "how", "count", "amount", "12", "madeAt",
				this.time.now().minus(Duration.ofMinutes(5)).toString());

		peer.post("/app/peer/returns", form);
		peer.post("/app/peer/returns", form);

		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM needle_returns n JOIN idempotency_keys k ON k.entry_id = n.id WHERE k.key = :key""")
			.param("key", key)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTimeThatCannotBeReadIsRefusedInWords() {
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		peer.get("/app/peer");
		String key = UUID.randomUUID().toString();

		HttpResponse<String> refused = peer.post("/app/peer/distributions",
				Map.of("key", key, "save", "1", "q.NDL-1", "7", "madeAt", "yesterday-ish"));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("That time could not be read.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE key = :key")
			.param("key", key)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSessionEndpointNamesTheAccountOrSendsToTheLoginPage() {
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		HttpResponse<String> session = peer.get("/app/peer/session");
		assertThat(session.headers().firstValue("Content-Type").orElseThrow()).contains("json");
		assertThat(session.body()).contains("\"account\":\"peer\"", "\"csrfParameter\":\"_csrf\"", "\"csrfToken\":\"");

		HttpResponse<String> nobody = new WebSession(this.port).get("/app/peer/session");
		assertThat(nobody.statusCode()).isEqualTo(302);
		assertThat(nobody.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void pagesTravelCompressedAndVersionedAssetsAreCachedForAYear() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> home = http.send(request("/login"), HttpResponse.BodyHandlers.ofString());
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String login = new String(
				new GZIPInputStream(http.send(request("/login"), HttpResponse.BodyHandlers.ofInputStream()).body())
					.readAllBytes());
		Matcher stylesheet = Pattern.compile("href=\"(/css/satellite-[0-9a-f]{32}\\.css)\"").matcher(login);
		assertThat(stylesheet.find()).as("a versioned stylesheet address in %s", login).isTrue();

		HttpResponse<String> css = http.send(request(stylesheet.group(1)), HttpResponse.BodyHandlers.ofString());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000")
			.doesNotContain("no-store");

		HttpResponse<String> worker = http.send(request("/sw.js"), HttpResponse.BodyHandlers.ofString());
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
		HttpResponse<String> manifest = http.send(request("/manifest.webmanifest"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
		assertThat(http.send(request("/favicon.ico"), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(200);
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", "gzip")
			.build();
	}

}
