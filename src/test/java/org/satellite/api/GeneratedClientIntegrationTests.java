package org.satellite.api;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.client.ApiClient;
import org.satellite.client.ApiException;
import org.satellite.client.ApiResponse;
import org.satellite.client.api.DistributionsApi;
import org.satellite.client.api.TokenApi;
import org.satellite.client.model.Credentials;
import org.satellite.client.model.Distribution;
import org.satellite.client.model.DistributionRequest;
import org.satellite.client.model.ProblemDetail;
import org.satellite.client.model.TokenResponse;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a partner does: generate a Java client from the published document
 * ({@code docs/api/openapi.json}, by openapi-generator's java generator with the JDK's
 * HTTP client, during the build) and use it as it comes, without a hand-written line: get
 * a token, record a distribution, read it back, retry it, and understand a refusal from
 * its problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient client;

	DistributionsApi distributions;

	@BeforeEach
	void logIn() throws ApiException {
		this.client = new ApiClient();
		this.client.updateBaseUri("http://localhost:" + this.port);
		TokenResponse token = new TokenApi(this.client)
			.tokenIssue(new Credentials().username("peer").password("satellite-demo"));
		this.client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token.getToken()));
		this.distributions = new DistributionsApi(this.client);
	}

	@Test
	void recordsADistributionAndReadsItBack() throws ApiException {
		Distribution created = this.distributions.distributionsDistribute(UUID.randomUUID().toString(),
				new DistributionRequest().site("SAT-01").putItemsItem("NDL-1", 10).alsoFor(1));

		Distribution read = this.distributions.distributionsDistribution(created.getId());

		assertThat(read.getSiteCode()).isEqualTo("SAT-01");
		assertThat(read.getItems()).containsEntry("NDL-1", 10);
		assertThat(read.getAlsoFor()).isEqualTo(1);
		assertThat(read.getUndone()).isFalse();
		assertThat(read.getRecordedBy()).isEqualTo("peer");
	}

	@Test
	void aRetryWithTheSameKeyGetsTheFirstDistributionBack() throws ApiException {
		String key = UUID.randomUUID().toString();
		DistributionRequest request = new DistributionRequest().site("SAT-01").putItemsItem("NDL-1", 5);

		ApiResponse<Distribution> first = this.distributions.distributionsDistributeWithHttpInfo(key, request);
		ApiResponse<Distribution> retry = this.distributions.distributionsDistributeWithHttpInfo(key, request);

		assertThat(first.getStatusCode()).isEqualTo(201);
		assertThat(retry.getStatusCode()).isEqualTo(201);
		assertThat(retry.getData().getId()).isEqualTo(first.getData().getId());
		assertThat(retry.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
	}

	@Test
	void aRefusalArrivesAsProblemDetailsTheClientReads() throws Exception {
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> this.distributions.distributionsDistribute(UUID.randomUUID().toString(),
						new DistributionRequest().site("SAT-01").putItemsItem("NDL-1", 0)));

		assertThat(refused.getCode()).isEqualTo(422);
		assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		ProblemDetail problem = this.client.getObjectMapper().readValue(refused.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getStatus()).isEqualTo(422);
		assertThat(problem.getDetail()).isEqualTo("Add at least one item with a number above zero.");
		assertThat(problem.getCode()).isEqualTo("supplies.error.noItems");
	}

	@Test
	void aRefusalIsInTheClientsLanguage() throws Exception {
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> this.distributions.distributionsDistribute(UUID.randomUUID().toString(),
						new DistributionRequest().site("SAT-02").putItemsItem("NDL-1", 1),
						Map.of("Accept-Language", "fr")));

		assertThat(refused.getCode()).isEqualTo(403);
		ProblemDetail problem = this.client.getObjectMapper().readValue(refused.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getDetail()).isEqualTo("Vous pouvez seulement noter pour votre propre site.");
	}

}
