package org.satellite.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code docs/api/openapi.json} is the document the application serves:
 * partners read it without running Satellite, and the build generates its test client
 * from it. When the API changes on purpose, refresh it with
 * {@code ./mvnw test -Dtest=OpenApiSnapshotIntegrationTests -Dsatellite.openapi.refresh=true}
 * and commit the file with the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiSnapshotIntegrationTests {

	static final Path SNAPSHOT = Path.of("docs", "api", "openapi.json");

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	@Test
	void theCommittedDocumentIsTheOneServed() throws IOException {
		ApiClient.Response served = new ApiClient(this.port).get("/api/v1/openapi.json");
		assertThat(served.status()).isEqualTo(200);
		String document = PRETTY.writeValueAsString(served.json()) + "\n";
		if (Boolean.getBoolean("satellite.openapi.refresh")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, document, StandardCharsets.UTF_8);
		}

		assertThat(Files.exists(SNAPSHOT))
			.as("docs/api/openapi.json is missing; write it with "
					+ "./mvnw test -Dtest=OpenApiSnapshotIntegrationTests -Dsatellite.openapi.refresh=true")
			.isTrue();
		assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
			.as("docs/api/openapi.json is not the document the application serves. If the API changed on purpose, "
					+ "refresh it with ./mvnw test -Dtest=OpenApiSnapshotIntegrationTests "
					+ "-Dsatellite.openapi.refresh=true, read the difference, and commit it")
			.isEqualTo(document);
	}

}
