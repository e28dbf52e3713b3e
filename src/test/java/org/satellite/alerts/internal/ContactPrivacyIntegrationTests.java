package org.satellite.alerts.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The promise made to subscribers: their number or address is nowhere in the database in
 * clear and never in the logs, while they subscribe, receive an alert and stop; after
 * STOP nothing about the number is left but a hash that no longer matches anyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class ContactPrivacyIntegrationTests {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noSubscriberNumberOrAddressIsStoredOrLoggedInClear(CapturedOutput output) {
		String zone = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Centre " + zone, "Centre " + zone);
		String phone = TestPhones.next();
		String email = "private-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		TestSmsc smsc = TestSmsc.shared();

		smsc.text(phone, "JOIN " + zone);
		smsc.awaitMessagesTo(phone, 1);
		smsc.text(phone, "YES");
		smsc.awaitMessagesTo(phone, 2);
		this.subscriptions.subscribeEmail(email,
				new Subscriptions.Request(List.of(zone), false, List.of(), Severity.ADVISORY, Locale.ENGLISH));
		UUID alert = this.desk
			.draft(AlertsIntegrationTests.ANA, AlertsIntegrationTests.draft(Severity.WARNING, List.of(zone)),
					UUID.randomUUID().toString())
			.id();
		this.desk.approve(AlertsIntegrationTests.BEN, alert);
		this.desk.issue(AlertsIntegrationTests.BEN, alert);
		assertThat(smsc.awaitMessagesTo(phone, 3)).hasSize(3);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !EmailSubscriptionIntegrationTests.messagesTo(email).isEmpty());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM sms_outbox WHERE to_sealed IS NOT NULL AND batch = :batch")
				.param("batch", "alert:" + alert)
				.query(Long.class)
				.single() == 0);

		String digits = phone.substring(2);
		String everything = wholeDatabaseAsText();
		assertThat(everything).doesNotContain(digits).doesNotContain(email);
		assertThat(output.getAll()).doesNotContain(digits).doesNotContain(email);

		smsc.text(phone, "STOP");
		smsc.awaitMessagesTo(phone, 4);
		assertThat(this.subscriptions.recipientsOf(alert))
			.as("the number is gone, and with it its place in the audience")
			.isZero();
	}

	private String wholeDatabaseAsText() {
		List<String> tables = this.jdbc.sql(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		StringBuilder all = new StringBuilder();
		for (String table : tables) {
			this.jdbc.sql("SELECT t::text FROM \"" + table + "\" t").query(String.class).list().forEach(all::append);
		}
		assertThat(tables).contains("subscribers", "sms_outbox", "alert_recipients");
		return all.toString();
	}

}
