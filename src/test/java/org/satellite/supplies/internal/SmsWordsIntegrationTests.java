package org.satellite.supplies.internal;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.PeerWorkers;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Stock;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words peer workers text for items are catalogue data: a coordinator or an admin
 * changes them on a page, and the next SMS reads the new word, through the test SMS
 * centre and the real ledger. The words of the items changed here are put back after each
 * test, since other tests text the seeded words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SmsWordsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Sites sites;

	@Autowired
	PeerWorkers peerWorkers;

	@Autowired
	Stock stock;

	@Autowired
	ProgramTime time;

	TestSmsc smsc = TestSmsc.shared();

	String site;

	String phone;

	@BeforeEach
	void registerPeerWorker() {
		String zone = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "West " + zone, "Ouest " + zone);
		this.site = "SW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.sites.open(this.site, zone, SiteKind.HOME, LocalDate.of(2020, 1, 1));
		this.phone = TestPhones.next();
		this.peerWorkers.register("words-" + this.site.toLowerCase(Locale.ROOT), this.site, this.phone);
	}

	@AfterEach
	void putTheSeededWordsBack() {
		WebSession admin = session();
		admin.login("admin", "satellite-demo");
		admin.get("/app/coordinator/sms-words");
		assertThat(admin
			.post("/app/coordinator/sms-words/STRIP-FENT",
					Map.of("english", "STRIP STRIPS", "french", "BANDELETTE BANDELETTES"))
			.statusCode()).isEqualTo(302);
		assertThat(admin
			.post("/app/coordinator/sms-words/KIT-INH", Map.of("english", "PIPE PIPES", "french", "PIPE PIPES"))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void aNewWordLogsADistributionBySmsAndTheOldOneIsAnsweredWithHowToWriteIt() {
		WebSession admin = session();
		admin.login("admin", "satellite-demo");
		assertThat(admin.get("/app/coordinator/sms-words").body()).contains("value=\"STRIP STRIPS\"",
				"value=\"BANDELETTE BANDELETTES\"");

		HttpResponse<String> saved = admin.post("/app/coordinator/sms-words/STRIP-FENT",
				Map.of("english", "fentstrip, FTS", "french", "bandelette"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.get("/app/coordinator/sms-words").body()).contains(
				"Saved. Peer workers can now text these words for STRIP-FENT.", "value=\"FENTSTRIP FTS\"",
				"value=\"BANDELETTE\"");

		this.smsc.text(this.phone, "D 3 fentstrip 2 kit");
		assertThat(this.smsc.awaitMessagesTo(this.phone, 1)).containsExactly(
				"Logged at " + this.site + ": 3 Fentanyl test strip, 2 Injection kit. Undo in the app if it is wrong.");
		List<Distribution> logged = this.stock.distributionsSince(this.site,
				this.time.now().minus(1, ChronoUnit.HOURS));
		assertThat(logged).singleElement()
			.satisfies((distribution) -> assertThat(distribution.items())
				.isEqualTo(Map.of("STRIP-FENT", 3, "KIT-INJ", 2)));

		this.smsc.text(this.phone, "D 4 STRIPS");
		assertThat(this.smsc.awaitMessagesTo(this.phone, 2).get(1))
			.isEqualTo("Could not read \"STRIPS\". Write D, then a number and an item, like: D 10 KIT 5 PIPE 2 NAL");
		assertThat(this.stock.distributionsSince(this.site, this.time.now().minus(1, ChronoUnit.HOURS))).hasSize(1);
	}

	@Test
	void theHelpShowsTheFirstWordsInTheReadersLanguageAsACoordinatorLeftThem() {
		WebSession coordinator = session();
		coordinator.login("coordinator", "satellite-demo");
		coordinator.get("/app/coordinator/sms-words");
		assertThat(coordinator
			.post("/app/coordinator/sms-words/KIT-INH", Map.of("english", "PIPE PIPES", "french", "Pipô pipe"))
			.statusCode()).isEqualTo(302);
		this.smsc.text(this.phone, "FR");
		this.smsc.awaitMessagesTo(this.phone, 1);

		this.smsc.text(this.phone, "D 10 CHAT");
		this.smsc.text(this.phone, "D 1 pipo");

		List<String> replies = this.smsc.awaitMessagesTo(this.phone, 3);
		assertThat(replies).contains(
				"Impossible de lire \"CHAT\". Écrivez D, puis un nombre et un article, comme : D 10 TROUSSE 5 PIPO 2 NAL",
				"Inscrit à " + this.site
						+ " : 1 Trousse d’inhalation. Si ceci est faux, annulez dans votre application.");
	}

	@Test
	void wordsThatCannotBeOneOrAlreadyNameAnotherItemAreRefusedInPlainWordsAndNothingChanges() {
		WebSession admin = session();
		admin.login("admin", "satellite-demo");
		admin.get("/app/coordinator/sms-words");

		HttpResponse<String> taken = admin.post("/app/coordinator/sms-words/STRIP-FENT",
				Map.of("english", "STRIP KIT", "french", "BANDELETTE"));
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains(
				"&quot;KIT&quot; already means KIT-INJ by SMS. Choose another word, or change that item first.",
				"value=\"STRIP KIT\"");

		HttpResponse<String> empty = admin.post("/app/coordinator/sms-words/STRIP-FENT",
				Map.of("english", " , ", "french", "BANDELETTE"));
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("Give at least one word in English and one in French.");

		HttpResponse<String> code = admin.post("/app/coordinator/sms-words/STRIP-FENT",
				Map.of("english", "LUBE", "french", "BANDELETTE"));
		assertThat(code.statusCode()).isEqualTo(422);
		assertThat(code.body()).contains("&quot;LUBE&quot; is the code of another item. Choose another word.");

		HttpResponse<String> bad = admin.post("/app/coordinator/sms-words/STRIP-FENT",
				Map.of("english", "STRIP 40", "french", "BANDELETTE"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body())
			.contains("&quot;40&quot; cannot be an SMS word. Use 2 to 24 letters or digits, starting with a letter.");

		this.smsc.text(this.phone, "D 2 STRIPS");
		assertThat(this.smsc.awaitMessagesTo(this.phone, 1))
			.containsExactly("Logged at " + this.site + ": 2 Fentanyl test strip. Undo in the app if it is wrong.");
	}

	@Test
	void peerWorkersCannotChangeTheWords() {
		WebSession peer = session();
		peer.login("peer", "satellite-demo");
		peer.get("/app");

		assertThat(peer.get("/app/coordinator/sms-words").statusCode()).isEqualTo(403);
		assertThat(
				peer.post("/app/coordinator/sms-words/STRIP-FENT", Map.of("english", "X", "french", "Y")).statusCode())
			.isEqualTo(403);
	}

	/** A browser-like session: cookies, and the CSRF token of the last form page. */

	private WebSession session() {
		return new WebSession(this.port);
	}

}
