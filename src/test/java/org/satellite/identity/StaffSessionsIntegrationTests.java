package org.satellite.identity;

import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.satellite.SatelliteApplication;
import org.satellite.platform.Deployment;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sessions live in PostgreSQL: a coordinator who logged in through one node is
 * still logged in on another node of the same database, as after the first node died. Two
 * real application contexts, one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffSessionsIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	Deployment deployment;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSessionStartedOnOneNodeIsValidOnAnotherAndKeepsNoPasswordHashNorAddress() throws Exception {
		String session = logIn(this.port, "coordinator", "satellite-demo");
		assertThat(get(this.port, "/app/coordinator", session).statusCode()).isEqualTo(200);

		try (ConfigurableApplicationContext secondNode = secondNode()) {
			int otherPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
			HttpResponse<String> page = get(otherPort, "/app/coordinator", session);

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("coordinator");
			assertThat(get(otherPort, "/app/coordinator", "JSESSIONID=not-a-session").statusCode())
				.as("without the session, the other node asks for a login")
				.isEqualTo(302);
		}

		byte[] stored = this.jdbc.sql("""
				SELECT string_agg(a.attribute_bytes, '\\x00'::bytea) FROM spring_session s
				JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
				WHERE s.principal_name = 'coordinator'""").query(byte[].class).single();
		String readable = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(readable).contains("coordinator").doesNotContain("{bcrypt}").doesNotContain("127.0.0.1");
	}

	ConfigurableApplicationContext secondNode() throws Exception {
		HikariDataSource database = (HikariDataSource) this.dataSource;
		Properties keys = new Properties();
		try (Reader reader = Files.newBufferedReader(this.deployment.dataDirectory().resolve("demo-keys.properties"))) {
			keys.load(reader);
		}
		return new SpringApplicationBuilder(SatelliteApplication.class).profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
					"satellite.privacy.encryption-keys=" + keys.getProperty("encryption-keys"),
					"satellite.privacy.active-key=" + keys.getProperty("active-key"),
					"satellite.privacy.hash-key=" + keys.getProperty("hash-key"))
			// an argument, as application.properties outranks these defaults
			.run("--satellite.public-url=http://localhost");
	}

	String logIn(int port, String username, String password) throws Exception {
		HttpResponse<String> form = get(port, "/login", null);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String cookie = sessionCookie(form);
		HttpResponse<String> login = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
								+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/app");
		return sessionCookie(login);
	}

	static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow();
	}

	HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "en");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
