package org.satellite.browser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.SmsNumber;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.alerts.internal.Contacts;
import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's preferences page in Chromium, checked with axe-core: in French from the
 * link of their email, one zone left while the other is kept, a new level saved.
 */
class SubscriberPreferencesBrowserTests extends BrowserTestSupport {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Sites sites;

	@Autowired
	Contacts contacts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlertDesk desk;

	@Autowired
	SmsNumber smsNumber;

	@Test
	void aPersonSubscribesInOneStepAndKeepsTheirNumberAfterAMistake() {
		open(Screen.PHONE, "en");
		visit("/alerts/subscribe");
		assertThat(this.page.getByLabel("Every zone").isChecked()).as("every zone ticked from the start").isTrue();
		assertShows(this.page.locator("main"),
				"Or text JOIN ALL to " + this.smsNumber.printed().orElseThrow() + " (or JOIN and a zone code");
		String phone = TestPhones.next();
		String typed = phone.substring(2, 8);

		this.page.locator("#phone").fill(typed);
		this.page.locator("main form button[type=submit]").click();

		assertShowsFirst(this.page.locator("[role=alert]"), "That is not a phone number we can text.");
		assertThat(this.page.locator("#phone").inputValue()).as("the number is kept").isEqualTo(typed);
		assertThat(this.page.getByLabel("Every zone").isChecked()).isTrue();

		this.page.locator("#phone").fill(phone.substring(2));
		this.page.locator("main form button[type=submit]").click();

		assertShows(this.page.locator(".notice.ok"), "reply YES");
		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 1).get(0)).contains("every zone", "reply YES");
	}

	@Test
	void theDeliveryPageShowsSmsAndEmailSideBySide() {
		String zone = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Bridge " + zone, "Pont " + zone);
		var ana = new StaffMember("ana-coord", Role.COORDINATOR, Optional.empty());
		var ben = new StaffMember("ben-coord", Role.COORDINATOR, Optional.empty());
		UUID alert = this.desk
			.draft(ana,
					new AlertDraft(Severity.WARNING, List.of(zone), List.of("fentanyl"), List.of(SubstanceClass.OPIOID),
							"Blue pills",
							new AlertText("Fentanyl in blue pills", "Fentanyl dans des comprimés bleus",
									"Pills sold as oxycodone held fentanyl.",
									"Des comprimés vendus comme oxycodone contenaient du fentanyl.",
									"Do not use alone.", "Ne consommez pas seul·e.", "Fentanyl in blue pills.",
									"Fentanyl dans des comprimés bleus."),
							null, null, List.of()),
					UUID.randomUUID().toString())
			.id();
		this.desk.approve(ben, alert);
		this.desk.issue(ben, alert);

		open(Screen.DESKTOP);
		loginAs("admin", "satellite-demo");
		visit("/app/alerts/" + alert + "/deliveries");

		assertShows(this.page.locator("table.deliveries thead"), "SMS", "Email");
		assertAccessible();
	}

	@Test
	void aSubscriberOnAPhoneLeavesOneZoneInFrenchAndSavesANewLevel() {
		String zone = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String other = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Market " + zone, "Marché " + zone);
		this.sites.addZone(other, "Station " + other, "Gare " + other);
		String address = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.subscriptions.subscribeEmail(address, new Subscriptions.Request(List.of(zone, other), false,
				List.of(SubstanceClass.OPIOID), Severity.ADVISORY, Locale.FRENCH));
		long id = this.jdbc.sql("SELECT id FROM subscribers WHERE contact_hash = :hash")
			.param("hash", this.contacts.hash(Channel.EMAIL, address))
			.query(Long.class)
			.single();
		String path = "/alerts/preferences/" + id + "/" + this.contacts.unsubscribeSignature(id);

		open(Screen.PHONE, "en");
		visit(path + "?lang=fr");
		assertShowsExactly(this.page.locator("h1"), "Vos alertes");
		assertShows(this.page.locator("main"), "b•••@example.org");
		assertDoesNotShow(this.page.locator("main"), address);
		assertAccessible();

		this.page.locator("ul.topics li", new Page.LocatorOptions().setHasText("Marché " + zone))
			.locator("button")
			.click();

		assertShows(this.page.locator(".notice.ok"), "Vous ne recevrez plus les alertes pour Marché " + zone);
		assertAccessible();
		this.page.locator("input[name=minimumSeverity][value=URGENT]").check();
		this.page.locator("form button.big").click();

		assertShows(this.page.locator(".notice.ok"), "Enregistré");
		Subscriptions.Choices choices = this.subscriptions.choices(id, this.contacts.unsubscribeSignature(id))
			.orElseThrow();
		assertThat(choices.zones()).containsExactly(other);
		assertThat(choices.minimumSeverity()).isEqualTo(Severity.URGENT);
		assertThat(choices.classes()).containsExactly(SubstanceClass.OPIOID);
	}

}
