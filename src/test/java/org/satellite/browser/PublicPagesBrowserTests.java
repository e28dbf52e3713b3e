package org.satellite.browser;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pages anyone can reach without an account, in both languages, on a phone and a
 * desktop, each checked with axe-core.
 */
class PublicPagesBrowserTests extends BrowserTestSupport {

	@Autowired
	AlertDesk desk;

	@Test
	void theHomePageListsTheAlertsInEffectMostSevereFirst() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		issue(Severity.ADVISORY, "Advisory " + tag, "Avis " + tag);
		issue(Severity.URGENT, "Urgent " + tag, "Urgence " + tag);

		open(Screen.PHONE, "fr");
		visit("/");

		Locator entries = this.page.locator("ul.alerts-now > li");
		assertShows(entries.first(), "Urgent");
		List<String> levels = entries.locator(".flag").allInnerTexts();
		List<Integer> ranks = levels.stream()
			.map((level) -> List.of("Avis", "Avertissement", "Urgent").indexOf(level))
			.toList();
		assertThat(ranks).as("levels in the order shown: %s", levels)
			.doesNotContain(-1)
			.isSortedAccordingTo((a, b) -> b - a);
		List<String> headlines = entries.locator("a").allInnerTexts();
		assertThat(headlines.indexOf("Urgence " + tag)).isGreaterThanOrEqualTo(0)
			.isLessThan(headlines.indexOf("Avis " + tag));
		assertThat(headlines).as("French page, French texts").doesNotContain("Urgent " + tag, "Advisory " + tag);
	}

	private void issue(Severity severity, String headlineEn, String headlineFr) {
		StaffMember writer = new StaffMember("home-writer", Role.COORDINATOR, Optional.empty());
		StaffMember approver = new StaffMember("home-approver", Role.COORDINATOR, Optional.empty());
		UUID id = this.desk
			.draft(writer,
					new AlertDraft(severity, List.of(), List.of("fentanyl"), List.of(), null,
							new AlertText(headlineEn, headlineFr, "Found in drug checking.", "Trouvé par l’analyse.",
									"Do not use alone.", "Pas seul·e.", "Drug alert: do not use alone.",
									"Alerte : pas seul·e."),
							null, null, List.of()),
					UUID.randomUUID().toString())
			.id();
		this.desk.approve(approver, id);
		this.desk.issue(approver, id);
	}

	@Test
	void showsTheHomePageInEnglish() {
		assertThat(visit("/").status()).isEqualTo(200);

		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(heading()).isEqualTo("Harm reduction, together");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).isVisible())
			.isTrue();
		assertShows(this.page.locator("footer"), "does not record your IP address");
		assertAccessible();
	}

	@Test
	void switchesToFrenchWithTheLanguageLinkAndRemembersTheChoice() {
		visit("/");

		this.page.getByText("Français").click();
		this.page.waitForURL("**/?lang=fr");

		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("fr");
		assertThat(heading()).isEqualTo("Réduction des méfaits, ensemble");
		assertAccessible();

		visit("/login");
		assertThat(heading()).isEqualTo("Se connecter");
		assertThat(this.page.context().cookies()).extracting((cookie) -> cookie.name, (cookie) -> cookie.value)
			.contains(tuple("satellite-lang", "fr"));
	}

	@Test
	void speaksFrenchToABrowserThatAsksForFrench() {
		open(Screen.PHONE, "fr");

		visit("/");

		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("fr");
		assertThat(heading()).isEqualTo("Réduction des méfaits, ensemble");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).isVisible())
			.isTrue();
		assertAccessible();
	}

	@Test
	void showsTheLoginFormWithLargeTouchTargetsOnAPhone() {
		open(Screen.PHONE);

		assertThat(visit("/login").status()).isEqualTo(200);

		assertThat(heading()).isEqualTo("Log in");
		Locator submit = this.page.locator("main form button[type=submit]");
		BoundingBox box = submit.boundingBox();
		assertThat(box.height).as("height of the Log in button in CSS pixels").isGreaterThanOrEqualTo(48);
		assertThat(box.x + box.width).as("the Log in button fits the screen").isLessThanOrEqualTo(Screen.PHONE.width);
		assertThat(this.page.getByLabel("Username").isVisible()).isTrue();
		assertThat(this.page.getByLabel("Password").isVisible()).isTrue();
		assertAccessible();
	}

	@Test
	void saysPlainlyWhenTheUsernameAndPasswordDoNotMatch() {
		submitLogin("nobody-here", "not-the-password");

		assertThat(this.page.url()).endsWith("/login?error");
		assertShowsFirst(this.page.getByRole(AriaRole.ALERT), "That username and password did not match");
		assertAccessible();
	}

	private String heading() {
		return this.page.locator("h1").innerText();
	}

}
