package org.satellite.supplies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.PeerWorkers;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Stock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer workers logging supplies by SMS from their program phone, through the test SMS
 * centre and the real ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PeerWorkerSmsIntegrationTests {

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@Autowired
	PeerWorkers peerWorkers;

	@Autowired
	Stock stock;

	@Autowired
	JdbcClient jdbc;

	TestSmsc smsc = TestSmsc.shared();

	String site;

	String phone;

	@BeforeEach
	void registerPeerWorker() {
		String zone = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "West " + zone, "Ouest " + zone);
		this.site = "PW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.sites.open(this.site, zone, SiteKind.HOME, LocalDate.of(2020, 1, 1));
		this.phone = TestPhones.next();
		this.peerWorkers.register("sms-" + this.site.toLowerCase(Locale.ROOT), this.site, this.phone);
	}

	@Test
	void aDistributionTextedFromTheProgramPhoneIsLoggedAtTheSite() {
		this.smsc.text(this.phone, "D 10 KIT 5 pipe 2 NAL");

		assertThat(this.smsc.awaitMessagesTo(this.phone, 1)).containsExactly("Logged at " + this.site
				+ ": 10 Injection kit, 5 Inhalation kit, 2 Naloxone nasal kit. Undo in the app if it is wrong.");
		List<Distribution> logged = this.stock.distributionsSince(this.site,
				this.time.now().minus(1, ChronoUnit.HOURS));
		assertThat(logged).hasSize(1);
		assertThat(logged.get(0).items()).isEqualTo(Map.of("KIT-INJ", 10, "KIT-INH", 5, "NAL-NASAL", 2));
		assertThat(logged.get(0).recordedBy()).isEqualTo("sms:sms-" + this.site.toLowerCase(Locale.ROOT));
	}

	@Test
	void needlesBackAreConfirmedInTheLanguageThePhoneChose() {
		this.smsc.text(this.phone, "FR");
		this.smsc.awaitMessagesTo(this.phone, 1);

		this.smsc.text(this.phone, "r 40");

		assertThat(this.smsc.awaitMessagesTo(this.phone, 2).get(1))
			.isEqualTo("Inscrit à " + this.site + " : 40 seringues rapportées. Merci.");
		assertThat(this.stock.returnsSince(this.site, this.time.now().minus(1, ChronoUnit.HOURS)))
			.extracting((entry) -> entry.needles())
			.containsExactly(40);
	}

	@Test
	void commandsThatDoNotReadOrComeFromAnotherPhoneSayHowToWriteThemAndLogNothing() {
		String stranger = TestPhones.next();
		long distributions = this.jdbc.sql("SELECT count(*) FROM distributions").query(Long.class).single();

		this.smsc.text(this.phone, "D 10 KITTEN");
		this.smsc.awaitMessagesTo(this.phone, 1);
		this.smsc.text(this.phone, "D");
		this.smsc.awaitMessagesTo(this.phone, 2);
		this.smsc.text(this.phone, "D 5000 KIT");
		this.smsc.awaitMessagesTo(this.phone, 3);
		this.smsc.text(this.phone, "R lots");
		this.smsc.text(stranger, "D 10 KIT");

		List<String> replies = this.smsc.awaitMessagesTo(this.phone, 4);
		assertThat(replies.get(0))
			.isEqualTo("Could not read \"KITTEN\". Write D, then a number and an item, like: D 10 KIT 5 PIPE 2 NAL");
		assertThat(replies.get(1)).startsWith("Could not read \"\".");
		assertThat(replies.get(2)).startsWith("Could not read \"5000\".");
		assertThat(replies.get(3)).isEqualTo("Write R and the number of needles back, like: R 40");
		assertThat(this.smsc.awaitMessagesTo(stranger, 1)).containsExactly(
				"This phone cannot log supplies. Ask your coordinator. / Ce téléphone ne peut pas inscrire de matériel. Parlez-en à votre coordonnateur.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM distributions").query(Long.class).single())
			.isEqualTo(distributions);
	}

}
