package org.satellite.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.network.PeerWorkers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts as people meet them, in Chromium, each page checked with axe-core: subscribing
 * by phone in French, the anonymous report form, and two staff members drafting,
 * approving and issuing an urgent alert that then shows on the public pages and its
 * poster.
 */
class AlertsBrowserTests extends BrowserTestSupport {

	@Autowired
	PeerWorkers peerWorkers;

	@Test
	void aPeerWorkerLogsADistributionBySmsAndSeesItInThePhoneView() {
		String phone = TestPhones.next();
		this.peerWorkers.register("sms-" + phone.substring(phone.length() - 6), "SAT-01", phone);

		TestSmsc.shared().text(phone, "D 7 NAL");

		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 1).get(0))
			.startsWith("Logged at SAT-01: 7 Naloxone nasal kit.");
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer");
		assertShows(this.page.locator("ul.entries"), "7 × Naloxone nasal kit");
		assertAccessible();
	}

	@Test
	void aPersonSubscribesTheirPhoneInFrenchAndIsAskedToReplyOui() {
		open(Screen.PHONE, "fr");
		visit("/alerts/subscribe");
		assertAccessible();
		String phone = TestPhones.next();

		this.page.locator("#phone").fill(phone.substring(2));
		this.page.locator("input[name=zones]").nth(1).check();
		this.page.locator("main form button[type=submit]").click();

		assertShows(this.page.locator(".notice.ok"), "répondez OUI");
		assertAccessible();
		assertThat(TestSmsc.shared().awaitMessagesTo(phone, 1).get(0)).contains("répondez OUI pour confirmer");
	}

	@Test
	void anAnonymousReportIsThankedWithoutAskingWhoSentIt() {
		visit("/alerts/report");
		assertAccessible();

		this.page.locator("#text").fill("Green powder, people passing out fast");
		this.page.locator("main form button[type=submit]").click();

		assertShows(this.page.locator(".notice.ok"), "Thank you");
		assertThat(this.page.locator("input[type=tel], input[type=email], input[name=name]").count()).isZero();
	}

	@Test
	void twoStaffMembersIssueAnUrgentAlertThatThePublicThenSees() {
		loginAs("coordinator", "satellite-demo");
		visit("/app/alerts");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new alert")).click();
		this.page.locator("input[name=severity][value=URGENT]").check();
		this.page.locator("input[name=zones]").first().check();
		this.page.locator("#substances").fill("nitazene");
		for (List<String> field : List.of(List.of("#headlineEn", "Nitazenes in brown heroin"),
				List.of("#headlineFr", "Nitazènes dans de l’héroïne brune"),
				List.of("#bodyEn", "Samples sold as heroin held nitazenes."),
				List.of("#bodyFr", "Des échantillons vendus comme héroïne contenaient des nitazènes."),
				List.of("#instructionEn", "Use much less, never alone, keep naloxone close."),
				List.of("#instructionFr", "Consommez beaucoup moins, jamais seul·e, gardez la naloxone près de vous."),
				List.of("#smsEn", "URGENT: nitazenes in brown heroin. Use much less, never alone."),
				List.of("#smsFr", "URGENT : nitazènes dans l’héroïne brune. Beaucoup moins, jamais seul·e."))) {
			this.page.locator(field.get(0)).fill(field.get(1));
		}
		assertShows(this.page.locator("#smsFrLength"), "2 SMS"); // counted as it is typed
		this.page.getByText("Save the draft").click();
		assertShowsExactly(this.page.locator(".notice.ok"), "Saved.");
		assertShows(this.page.locator("#smsEnLength"), "1 SMS", "plain letters");
		assertShows(this.page.locator("#smsFrLength"), "2 SMS", "accents");
		assertAccessible();
		String draft = this.page.url();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
		assertShows(this.page.locator(".notice.bad"), "second person");

		open(Screen.DESKTOP);
		loginAs("admin", "satellite-demo");
		this.page.navigate(draft);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue and send")).click();
		assertShows(this.page.locator(".notice.ok"), "Issued");
		this.page.getByText("Deliveries").click();
		assertShowsExactly(this.page.locator("h1"), "Deliveries");
		assertAccessible();

		open(Screen.PHONE, "fr");
		visit("/alerts");
		this.page.getByText("Nitazènes dans de l’héroïne brune").click();
		assertShowsExactly(this.page.locator("h1"), "Nitazènes dans de l’héroïne brune");
		assertAccessible();
		this.page.getByText("Affiche à imprimer").click();
		this.page.waitForURL("**/poster*");
		PlaywrightAssertions.assertThat(this.page.locator("main")).containsText("Valide jusqu’au");
		assertAccessible();
	}

}
