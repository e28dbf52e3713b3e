package org.satellite.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP request metrics name routes by their template ({@code /alerts/{id}}), never by the
 * address with its id, so that the {@code uri} tag stays within its limit and every route
 * keeps its metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UriTagsIntegrationTests {

	static final Pattern URI_TAG = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
			Pattern.MULTILINE);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Value("${management.metrics.web.server.max-uri-tags}")
	int maxUriTags;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void requestsWithDifferentIdsAreCountedUnderTheirRouteTemplate() throws Exception {
		String[] ids = { "9101", "9102", "9103" };
		for (String id : ids) {
			get("/alerts/" + id);
			get("/alerts/" + id + "/poster");
			get("/hub/events/" + id);
			get("/results/ZZZZ" + id);
			get("/app/alerts/" + id);
			get("/api/v1/distributions/" + UUID.randomUUID());
			get("/no/such/page/" + id);
		}

		Set<String> uris = uris();
		assertThat(uris).contains("/alerts/{id}", "/alerts/{id}/poster", "/hub/events/{number}", "/results/{code}");
		assertThat(uris)
			.noneMatch((uri) -> uri.contains("910") || uri.contains("ZZZZ") || uri.matches(".*[0-9a-f]{8}-.*"));
	}

	@Test
	void theUriTagLimitLeavesRoomForEveryRoute() {
		long routes = this.mapping.getHandlerMethods()
			.keySet()
			.stream()
			.mapToLong((info) -> info.getPatternValues().size())
			.sum();
		// Besides the routes: static files, actuator endpoints and the few fixed values
		// (NOT_FOUND, REDIRECTION, ...).
		assertThat(this.maxUriTags).isGreaterThan((int) routes + 50);
	}

	Set<String> uris() throws Exception {
		String scrape = get("/actuator/prometheus").body();
		Set<String> uris = new TreeSet<>();
		Matcher tag = URI_TAG.matcher(scrape);
		while (tag.find()) {
			uris.add(tag.group(1));
		}
		return uris;
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
