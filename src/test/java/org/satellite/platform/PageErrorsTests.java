package org.satellite.platform;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.satellite.web.WebSession;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page says when the address or the form it was sent cannot be read: "not found"
 * for an id that cannot be one, "could not read what was sent" for a malformed field or a
 * method the page does not take, in the reader's language, and never "something went
 * wrong on our side", which would send the reader to report a fault that is not there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageErrorsTests {

	@LocalServerPort
	int port;

	@Test
	void anAddressWhoseIdCannotBeOneIsNotFound() {
		WebSession coordinator = new WebSession(this.port).speaking("fr");
		coordinator.login("coordinator", "satellite-demo");

		HttpResponse<String> page = coordinator.get("/app/alerts/not-an-id");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Nous n’avons pas trouvé cette page.").doesNotContain("de notre côté");
	}

	@Test
	void aMalformedFieldIsNotReadAndSaysSoPlainly() {
		WebSession analyst = new WebSession(this.port);
		analyst.login("analyst", "satellite-demo");

		HttpResponse<String> page = analyst.get("/app/coordinator/referrals.csv?months=twelve");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("This page could not read what was sent. Nothing was changed.")
			.doesNotContain("on our side");
	}

	@Test
	void aFormSentToAPageThatTakesNoneIsNotReadEither() {
		WebSession visitor = new WebSession(this.port).speaking("fr");
		visitor.get("/alerts/subscribe");

		HttpResponse<String> page = visitor.post("/alerts", Map.of("zone", "DT"));

		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.body()).contains("Cette page n’a pas pu lire ce qui a été envoyé. Rien n’a été modifié.");
	}

}
