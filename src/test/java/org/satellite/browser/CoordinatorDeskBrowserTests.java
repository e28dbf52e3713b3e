package org.satellite.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinator's desk and the admin's pages as they are used (issue 13): the alerts
 * desk on a laptop with what is in effect and what waits first, then Satellite's
 * suggestions one line per group with a count, one dismissed and found in the audit trail
 * in words and to the second; a new account that opens with no role and keeps what was
 * typed when refused; a role changed and audited; and the staff tables that are used on a
 * phone fitting a 360 px screen. Every page is checked with axe-core in English and
 * French.
 */
class CoordinatorDeskBrowserTests extends BrowserTestSupport {

	static final StaffMember COORDINATOR = new StaffMember("coordinator", Role.COORDINATOR, Optional.empty());

	static final StaffMember ADMIN = new StaffMember("admin", Role.ADMIN, Optional.empty());

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDeskShowsWhatIsInEffectAndWaitingFirstThenGroupedSuggestionsOneOfWhichIsDismissedAndAudited() {
		String zone = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Desk " + zone, "Bureau " + zone);
		String substance = "Deskazolam-" + zone;
		String inEffect = "In effect " + zone;
		String waiting = "Waiting " + zone;
		UUID issued = this.desk.draft(COORDINATOR, draft(inEffect, zone), "desk-effect-" + zone).id();
		this.desk.approve(ADMIN, issued);
		this.desk.issue(ADMIN, issued);
		this.desk.draft(COORDINATOR, draft(waiting, zone), "desk-waiting-" + zone);
		for (int i = 0; i < 4; i++) {
			found("DK-" + zone + "-" + i, zone, substance);
		}
		await().until(() -> this.jdbc
			.sql("SELECT coalesce(max(cardinality(sources)), 0) FROM alerts WHERE :s = ANY (substances) AND suggested")
			.param("s", substance)
			.query(Integer.class)
			.single() == 4);

		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/alerts");

		Locator main = this.page.locator("main");
		assertShows(this.page.locator("table.desk-in-effect"), inEffect);
		assertShows(this.page.locator("table.desk-waiting"), waiting);
		List<String> headings = main.locator("h2").allInnerTexts();
		System.out.println("The desk's sections with the demo and this test's alerts: " + headings);
		this.page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target", "browser", getClass().getSimpleName() + "-desk.png"))
			.setFullPage(true));
		assertThat(headings.get(0)).startsWith("In effect now");
		assertThat(headings.get(1)).startsWith("Waiting for a person");
		assertThat(headings.get(2)).startsWith("Suggested by Satellite");
		Locator group = suggestion(substance);
		PlaywrightAssertions.assertThat(group).hasCount(1);
		assertShows(group, substance + " found in drug checking", "4 samples", zone);
		assertThat(this.page.evaluate("() => document.querySelector('main').getBoundingClientRect().width"))
			.as("the desk uses a laptop's width")
			.satisfies((width) -> assertThat(((Number) width).doubleValue()).isGreaterThan(1100));
		assertAccessible();

		group.getByRole(AriaRole.BUTTON).click();

		assertShows(this.page.locator(".notice.ok"), "Suggestion dismissed");
		PlaywrightAssertions.assertThat(suggestion(substance)).hasCount(0);
		this.page.locator("#dismissed summary").click();
		assertShows(this.page.locator("#dismissed"), substance, "4 samples", "Dismissed by coordinator");
		assertAccessible();
		visit("/app/alerts?lang=fr");
		assertShows(main, "En vigueur", "Suggérées par Satellite", "Suggestions écartées");
		assertAccessible();

		open(Screen.DESKTOP);
		loginAs("admin", "satellite-demo");
		visit("/app/admin/audit");
		this.page.locator("#action").selectOption("alert.suggestion-dismissed");
		this.page.locator("#actor").fill("coordinator");
		this.page.locator("form.filters button[type=submit]").click();
		Locator line = this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(substance));
		assertShows(line, "Suggested alert dismissed", "coordinator");
		assertThat(line.locator("td").first().innerText().strip())
			.matches(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
		assertDoesNotShow(this.page.locator("tbody"), "alert.suggestion-dismissed", "Logged in");
		PlaywrightAssertions.assertThat(this.page.locator(".table-scroll[role=region]")).hasAttribute("tabindex", "0");
		assertAccessible();
		visit("/app/admin/audit?action=alert.suggestion-dismissed&lang=fr");
		assertShows(this.page.locator("tbody"), "Alerte suggérée écartée");
		assertAccessible();
	}

	@Test
	void aNewAccountOpensWithNoRoleKeepsWhatWasTypedWhenRefusedAndItsRoleChangeIsAudited() {
		String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
		open(Screen.DESKTOP);
		loginAs("admin", "satellite-demo");
		visit("/app/admin/accounts");
		assertAccessible();
		PlaywrightAssertions.assertThat(this.page.locator("#role")).hasValue("");
		assertThat(this.page.locator("#siteCode option").allInnerTexts()).contains("SAT-01", "SAT-03");

		// Without a script's help or with it removed, the server still asks for a role.
		this.page.locator("#username").fill(name);
		this.page.locator("#password").fill("correct horse battery staple");
		this.page.evaluate("() => document.getElementById('role').removeAttribute('required')");
		this.page.locator("main form[action$='/app/admin/accounts'] button[type=submit]").click();
		assertShows(this.page.locator("#create-problem"), "Choose a role");
		PlaywrightAssertions.assertThat(this.page.locator("#username")).hasValue(name);
		PlaywrightAssertions.assertThat(this.page.locator("#role")).hasValue("");
		assertAccessible();

		this.page.locator("#role").selectOption("PEER_WORKER");
		this.page.locator("#password").fill("correct horse battery staple");
		this.page.locator("main form[action$='/app/admin/accounts'] button[type=submit]").click();
		assertShows(this.page.locator("#create-problem"), "needs their site");
		PlaywrightAssertions.assertThat(this.page.locator("#username")).hasValue(name);
		PlaywrightAssertions.assertThat(this.page.locator("#role")).hasValue("PEER_WORKER");

		this.page.locator("#siteCode").selectOption("SAT-01");
		this.page.locator("#password").fill("correct horse battery staple");
		this.page.locator("main form[action$='/app/admin/accounts'] button[type=submit]").click();
		assertShows(this.page.locator(".notice.ok"), "Account " + name + " created");
		Locator row = this.page.locator("#account-" + name);
		PlaywrightAssertions.assertThat(row.locator("select[name=role]")).hasValue("PEER_WORKER");
		PlaywrightAssertions.assertThat(row.locator("select[name=siteCode]")).hasValue("SAT-01");

		row.locator("select[name=role]").selectOption("COORDINATOR");
		row.locator("select[name=siteCode]").selectOption("");
		row.locator("form.role-change button").click();
		assertShows(this.page.locator(".notice.ok"), "Role or site of " + name + " changed");
		PlaywrightAssertions.assertThat(this.page.locator("#account-" + name + " select[name=role]"))
			.hasValue("COORDINATOR");

		visit("/app/admin/audit?action=account.role-changed");
		assertShows(this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(name)), "Role or site changed",
				"PEER_WORKER at SAT-01 → COORDINATOR", "admin");
		visit("/app/admin/accounts?lang=fr");
		assertShows(this.page.locator("#role option").first(), "Choisissez un rôle");
		assertAccessible();
	}

	@Test
	void stipendsAccountsRetentionAndTheAuditTrailFitA360PixelPhone() {
		open(Screen.PHONE);
		loginAs("coordinator", "satellite-demo");
		for (String language : List.of("en", "fr")) {
			visit("/app/coordinator/stipends?lang=" + language);
			assertFits("/app/coordinator/stipends " + language, true);
		}
		open(Screen.PHONE);
		loginAs("admin", "satellite-demo");
		for (String language : List.of("en", "fr")) {
			for (String path : List.of("/app/admin/accounts", "/app/admin/retention")) {
				visit(path + "?lang=" + language);
				assertFits(path + " " + language, true);
			}
			visit("/app/admin/audit?lang=" + language);
			// The trail is read on a laptop: on a phone its table scrolls sideways in a
			// region the keyboard reaches, and the page itself does not.
			assertFits("/app/admin/audit " + language, false);
			Locator region = this.page.locator(".table-scroll[role=region]");
			assertThat(region.evaluate("(e) => e.scrollWidth > e.clientWidth")).as("the trail scrolls sideways")
				.isEqualTo(true);
			PlaywrightAssertions.assertThat(region).hasAttribute("tabindex", "0");
			region.focus();
			this.page.keyboard().press("ArrowRight");
			this.page.waitForFunction("() => document.querySelector('.table-scroll[role=region]').scrollLeft > 0");
		}
	}

	/**
	 * Fails when the page is wider than the screen or, for a page used on a phone, when
	 * anything in it (a table cell, a form, a button) reaches past the screen's edge.
	 */
	private void assertFits(String what, boolean everyElement) {
		Object pageWidth = this.page.evaluate("() => document.documentElement.scrollWidth");
		Object widest = this.page.evaluate("""
				() => [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5
				    || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
				      && ![...e.children].some((c) => c.scrollWidth > c.clientWidth + 1)))
				  .slice(0, 8)
				  .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""");
		assertThat(((Number) pageWidth).intValue()).as("width of %s at 360 px (past the edge: %s)", what, widest)
			.isLessThanOrEqualTo(360);
		if (everyElement) {
			Object outside = this.page.evaluate("""
					() => [...document.querySelectorAll('main *')]
					  .filter((e) => { const r = e.getBoundingClientRect();
					    return r.width > 1 && r.right > window.innerWidth + 0.5 && !e.closest('.visually-hidden'); })
					  .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)""");
			assertThat((List<?>) outside).as("what reaches past the screen's edge on %s", what).isEmpty();
			Object scrolling = this.page.evaluate("""
					() => [...document.querySelectorAll('main .table-scroll')]
					  .filter((e) => e.scrollWidth > e.clientWidth + 1).length""");
			assertThat(((Number) scrolling).intValue()).as("tables scrolling sideways on %s", what).isZero();
		}
		assertAccessible();
	}

	private Locator suggestion(String substance) {
		return this.page.locator("table.desk-suggestions tbody tr", new Page.LocatorOptions().setHasText(substance));
	}

	private void found(String sample, String zone, String substance) {
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new NotableSubstanceFound(sample, zone, List.of(substance),
						List.of(SubstanceClass.BENZODIAZEPINE), List.of("benzoInOpioid"), this.time.now())));
	}

	private static AlertDraft draft(String headline, String zone) {
		return new AlertDraft(Severity.ADVISORY, List.of(zone), List.of("desk test"), List.of(), null,
				new AlertText(headline, headline + " (fr)", "Body.", "Texte.", "Take care.", "Prenez soin de vous.",
						"Alert: " + headline, "Alerte : " + headline),
				null, null, List.of());
	}

}
