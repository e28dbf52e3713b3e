package org.satellite.checking.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the upload limit sent through the import form gets Satellite's own page, in
 * the reader's language, with the limit and what to do; the log says it in one warning
 * line, without a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UploadTooLargeIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aSixtyMegabyteUploadThroughTheFormGetsTheAppsOwnPageInFrench(CapturedOutput output) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrf(http, "/login");
		http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=checker&password=satellite-demo&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		csrf = csrf(http, "/app/checking/imports");

		String boundary = "----satellite-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream(61 * 1024 * 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		byte[] row = "sample,date,result\n".getBytes(StandardCharsets.UTF_8);
		while (body.size() < 60 * 1024 * 1024) {
			body.writeBytes(row);
		}
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = http
			.send(request("/app/checking/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept-Language", "fr")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html").contains("Le fichier dépasse 50 Mo").contains("lang=\"fr\"");
		assertThat(output.getAll()).contains("WARN").contains("too large").doesNotContain("\tat org.apache");
	}

	String csrf(HttpClient http, String path) throws Exception {
		String page = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as(page).isTrue();
		return token.group(1);
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

}
