package org.satellite.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.satellite.identity.internal.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the satellite program as a new user meets it in demo mode: the peer worker
 * at SAT-01 reports an overdose response in French on a phone, the naloxone leaves the
 * site's stock and the coordinator sees the check-in asked for; the coordinator cannot
 * save a visit note holding a phone number.
 */
class ProgramBrowserTests extends BrowserTestSupport {

	@Autowired
	AuditTrail audit;

	@Test
	void aPeerWorkerReportsAnOverdoseResponseInFrenchAndTheCoordinatorSeesTheCheckInTheFiguresAndTheExport() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/reporting");
		int responsesBefore = responsesDowntown();

		open(Screen.PHONE, "fr-CA");
		loginAs("peer", "satellite-demo");
		visit("/app/peer/stock");
		int before = nasalNaloxoneInStock();

		visit("/app/peer/overdose");
		assertShowsExactly(this.page.locator("h1"), "Intervention en cas de surdose à SAT-01");
		assertAccessible();
		this.page.getByLabel("Fentanyl").check();
		this.page.getByLabel("Doses de naloxone données (0 si aucune)").fill("2");
		assertThat(this.page.getByLabel("Vaporisateur nasal").isChecked()).isTrue();
		choose("A-t-on appelé le 911 ?", "Non");
		this.page.getByLabel("Peur de la police").check();
		choose("Quelqu’un est-il resté avec la personne ?", "Oui");
		this.page.getByLabel("Rétablie sur place").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le rapport")).click();
		this.page.waitForURL((url) -> url.endsWith("/saved"));

		assertShows(this.page.locator("[role=status]"), "Merci");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oui, prenez de mes nouvelles"))
			.click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/overdose"));
		assertShowsExactly(this.page.locator("[role=status]"), "La coordination prendra de vos nouvelles bientôt.");
		assertShows(this.page.locator("ul.entries li").first(), "2 doses de naloxone, Rétablie sur place");

		visit("/app/peer/stock");
		assertThat(nasalNaloxoneInStock()).isEqualTo(before - 2);

		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator");
		this.page.getByText("Overdose response, naloxone and check-ins").click();
		this.page.waitForURL((url) -> url.endsWith("/app/coordinator/overdose"));
		assertAccessible();
		assertShows(this.page.locator("ul.check-ins"), "peer at SAT-01 asks for a check-in after an overdose response");

		// The figures moved to reporting (decision 0111): SAT-01's responses count in
		// its zone, Downtown, once the rollups have taken the report in.
		this.page.getByText("The month’s figures and exports").click();
		this.page.waitForURL((url) -> url.contains("/app/reporting"));
		assertAccessible();
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			this.page.reload();
			assertThat(responsesDowntown()).isEqualTo(responsesBefore + 1);
		});

		Download download = this.page.waitForDownload(() -> this.page.getByText("Naloxone program, ").click());
		List<String> lines = readAll(download.path()).lines().toList();
		assertThat(lines.get(0)).startsWith(
				"period,level,place,name,overdose_responses,naloxone_administrations,naloxone_doses,naloxone_doses_nasal");
		String downtown = lines.stream().filter((line) -> line.contains(",ZONE,DT,")).findFirst().orElseThrow();
		assertThat(Integer.parseInt(downtown.split(",")[4])).isEqualTo(responsesBefore + 1);
		assertThat(this.audit.latest(5)).extracting(AuditTrail.Entry::action).contains("export.naloxone-quarterly");

		Download referrals = this.page
			.waitForDownload(() -> this.page.getByText("Referrals by kind and outcome").click());
		assertThat(readAll(referrals.path()).lines().findFirst()).hasValue("site,from,to,kind,outcome,referrals");
		assertThat(this.audit.latest(5)).extracting(AuditTrail.Entry::action).contains("export.referrals");
	}

	@Test
	void theCoordinatorCorrectsAServiceInTheDirectoryInFrench() {
		open(Screen.DESKTOP, "fr-CA");
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator/services");
		assertAccessible();

		this.page.getByText("Service d’analyse de substances").click();
		this.page.locator("#hoursFr").fill("lun.–sam. 11 h–19 h");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
		this.page.waitForURL((url) -> url.endsWith("/app/coordinator/services"));

		assertShowsExactly(this.page.locator("p.notice[role=status]"), "Enregistré : Drug checking service.");
		assertShows(
				this.page.locator("tbody tr", new Page.LocatorOptions().setHasText("Service d’analyse de substances")),
				"lun.–sam. 11 h–19 h");
	}

	@Test
	void aPeerWorkerIsRefusedEveryCoordinatorPageAndExport() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		for (String path : List.of("/app/coordinator/overdose", "/app/coordinator/overdose/figures",
				"/app/coordinator/overdose/naloxone.csv", "/app/reporting", "/app/reporting/naloxone.csv",
				"/app/coordinator/referrals.csv", "/app/coordinator/visits", "/app/coordinator/services",
				"/app/coordinator/stipends")) {
			assertThat(this.page.request().get(baseUrl() + path).status()).as(path).isEqualTo(403);
		}
		assertThat(this.audit.latest(20))
			.noneMatch((entry) -> entry.actor().equals("peer") && entry.action().startsWith("export."));
	}

	@Test
	void aCoordinatorIsRefusedThePeerWorkersReportingPages() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		for (String path : List.of("/app/peer/overdose", "/app/peer/naloxone", "/app/peer/referrals")) {
			assertThat(this.page.request().get(baseUrl() + path).status()).as(path).isEqualTo(403);
		}
	}

	@Test
	void aPeerWorkerUndoesAnOverdoseReportSavedByMistakeAndTheNaloxoneIsBackInStock() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/stock");
		int before = englishNasalNaloxoneInStock();

		visit("/app/peer/overdose");
		this.page.getByLabel("Cocaine", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("Naloxone doses given (0 if none)").fill("1");
		choose("Was 911 called?", "Yes");
		choose("Did someone stay with the person?", "Yes");
		this.page.getByLabel("Recovered on site").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the report")).click();
		this.page.waitForURL((url) -> url.endsWith("/saved"));
		assertShows(this.page.locator("main"), "Saved by mistake? You can undo it for 24 hours.");
		assertAccessible();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this report")).click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/overdose"));
		assertShowsExactly(this.page.locator("p.notice[role=status]"),
				"The report is undone. Any naloxone it took out of your stock is back.");
		assertAccessible();

		visit("/app/peer/stock");
		assertThat(englishNasalNaloxoneInStock()).isEqualTo(before);
	}

	@Test
	void aPeerWorkerHandsOutAReplacementKitAndTheStockDrops() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/stock");
		int before = englishNasalNaloxoneInStock();

		visit("/app/peer/naloxone");
		assertAccessible();
		this.page.getByLabel("Replaces one taken by police").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/naloxone"));

		assertShowsFirst(this.page.locator("p.notice[role=status]"), "Saved.");
		visit("/app/peer/stock");
		assertThat(englishNasalNaloxoneInStock()).isEqualTo(before - 1);
	}

	@Test
	void aPeerWorkerLogsAReferralInTwoTapsOnAPhone() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/referrals");
		assertAccessible();

		this.page.getByText("Housing", new Page.GetByTextOptions().setExact(true)).click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer here: Housing help desk"))
			.click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/referrals"));

		assertShowsExactly(this.page.locator("p.notice[role=status]"), "Referral saved.");
		assertShows(this.page.locator("ul.entries li").first(), "Housing: Housing help desk");
		assertAccessible();
	}

	@Test
	void theCoordinatorSeesWhoHasNotBeenPaidAndRecordsAPayment() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator/stipends");
		assertAccessible();
		int unpaid = Integer.parseInt(this.page.locator("#not-paid").innerText().replaceAll("\\D.*", ""));
		Locator unpaidRow = this.page.locator("tbody tr:has(.flag.negative)").first();
		String handle = unpaidRow.locator("th").innerText();

		unpaidRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record payment")).click();
		this.page.waitForURL((url) -> url.endsWith("/app/coordinator/stipends"));

		assertShows(this.page.locator("#worker-" + handle), "Paid");
		String now = this.page.locator("#not-paid").innerText();
		assertThat(now).startsWith(unpaid - 1 == 0 ? "Everyone" : String.valueOf(unpaid - 1));
	}

	@Test
	void theCoordinatorCannotSaveAVisitNoteWithAPhoneNumber() {
		open(Screen.PHONE, "fr-CA");
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator/visits");
		assertAccessible();
		this.page.locator("#site").selectOption("SAT-02");
		this.page.locator("#o-EQUIPMENT_DISTRIBUTION").fill("4");
		Locator notes = this.page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true));
		Locator save = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Enregistrer la visite"));

		notes.fill("Tout va bien. Rappeler au 416 555 0123.");

		assertShows(this.page.locator("#notes-check"), "numéro de téléphone");
		assertThat(save.isDisabled()).isTrue();
		assertAccessible();

		notes.fill("Tout va bien. Stock bien rangé.");
		assertThat(this.page.locator("#notes-check").isVisible()).isFalse();
		save.click();
		this.page.waitForURL((url) -> url.endsWith("/app/coordinator/visits"));
		assertShowsExactly(this.page.locator("p.notice[role=status]"), "Visite à SAT-02 enregistrée.");
		assertShows(this.page.locator("tbody"), "Tout va bien. Stock bien rangé.");
	}

	@Test
	void withoutScriptTheServerRefusesAVisitNoteWithAPhoneNumberAndKeepsWhatWasTyped() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator/visits");
		this.page.locator("#site").selectOption("SAT-04");
		// What a browser without JavaScript sends: the button stays enabled and the form
		// goes to the server.
		this.page.evaluate("document.querySelectorAll('button[type=submit]').forEach(b => b.disabled = false);"
				+ "document.getElementById('notes').value = 'Email me at someone@example.org';"
				+ "document.querySelector('form.visit-form').submit();");
		this.page.waitForLoadState();

		assertShows(this.page.locator("[role=alert]"), "The notes hold a phone number or an email address");
		assertThat(this.page.locator("#notes").inputValue()).isEqualTo("Email me at someone@example.org");
		assertThat(this.page.locator("table").allInnerTexts())
			.noneMatch((text) -> text.contains("someone@example.org"));
	}

	private void choose(String question, String answer) {
		this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
			.getByLabel(answer, new Locator.GetByLabelOptions().setExact(true))
			.check();
	}

	/** Overdose responses in Downtown (SAT-01's zone) on the dashboard; none as 0. */
	private int responsesDowntown() {
		String text = this.page.locator("#overdose tr[data-indicator=OVERDOSE_RESPONSES] td[data-place=DT]")
			.innerText()
			.strip();
		return text.equals("No data") ? 0 : Integer.parseInt(text);
	}

	private static String readAll(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int englishNasalNaloxoneInStock() {
		return Integer
			.parseInt(this.page.locator("tbody tr:has(th:text-is('Naloxone nasal kit')) td.num").innerText().strip());
	}

	private int nasalNaloxoneInStock() {
		Locator count = this.page.locator("tbody tr:has(th:text-is('Trousse de naloxone nasale')) td.num");
		return Integer.parseInt(count.innerText().strip());
	}

}
