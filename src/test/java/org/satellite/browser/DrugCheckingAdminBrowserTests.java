package org.satellite.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.satellite.checking.internal.CollectionMode;
import org.satellite.checking.internal.MatchQuality;
import org.satellite.checking.internal.NewSample;
import org.satellite.checking.internal.SampleForm;
import org.satellite.checking.internal.Samples;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin maps a name from the review queue; a checker imports a CSV file through the
 * preview and watches it finish with the rows it could not read listed; other roles are
 * refused.
 */
class DrugCheckingAdminBrowserTests extends BrowserTestSupport {

	static final StaffMember CHECKER = new StaffMember("browser-checker", Role.CHECKER, Optional.empty());

	@Autowired
	Samples samples;

	@Test
	void anAdminMapsANameFromTheReviewQueueAndTheResultShowsTheSubstance() {
		String name = "Fentaloid " + UUID.randomUUID().toString().substring(0, 6);
		String code = this.samples.record(CHECKER,
				new NewSample("zone:DT", CollectionMode.WALK_IN, "Heroin", SampleForm.POWDER, null, null, null),
				UUID.randomUUID().toString());
		this.samples.recordComponent(CHECKER, code, name, MatchQuality.MATCH, null, UUID.randomUUID().toString());
		this.samples.release(CHECKER, code);
		visit("/results/" + code);
		assertShows(this.page.locator("main"), name + " (not yet described by the service)");

		loginAs("admin", "satellite-demo");
		visit("/app/admin/checking/vocabulary");
		assertAccessible();
		this.page.getByLabel("Find a name waiting for review").fill(name);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true)).click();
		Locator row = this.page.locator("tr", new Page.LocatorOptions()
			.setHas(this.page.getByText(name, new Page.GetByTextOptions().setExact(true))));
		row.locator("select").selectOption(new SelectOption().setLabel("Fentanyl"));
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Map")).click();

		assertShowsExactly(this.page.locator("[role=status]"), "Saved.");
		assertDoesNotShow(this.page.locator("main"), name);
		visit("/results/" + code);
		assertShows(this.page.locator("main"), "Fentanyl (Opioid)");
		assertDoesNotShow(this.page.locator("main"), name);
	}

	@Test
	void aCheckerImportsAFileThroughThePreviewAndSeesTheRowsItCouldNotRead() throws Exception {
		String town = "Town" + UUID.randomUUID().toString().substring(0, 6);
		Path file = Files.createTempFile("checking", ".csv");
		Files.writeString(file,
				"Date checked,City,Expected,Fentanyl strip,Found\n2021-06-01," + town
						+ ",Heroin,True,Heroin HCl; Fentanyl HCl\nyesterday," + town + ",MDMA,False,MDMA\n",
				StandardCharsets.UTF_8);
		loginAs("checker", "satellite-demo");
		visit("/app/checking/imports");
		assertAccessible();

		this.page.getByLabel("CSV file").setInputFiles(file);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();

		assertShowsFirst(this.page.locator("h1"), "Check the columns of");
		assertShows(this.page.locator("table").first(), "2021-06-01", town);
		assertAccessible();
		this.page.getByLabel("Components found (FTIR)").selectOption("Found");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		// The status page refreshes itself (a Refresh header) until the import is done; a
		// reload from the test
		// here would race that refresh, so the test waits as a user would.
		PlaywrightAssertions.assertThat(this.page.locator("main"))
			.containsText("Done", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

		String report = this.page.locator("main").innerText();
		assertThat(report).contains("1 samples added, 0 already there.",
				"Dates not in the chosen format: 1 row not imported",
				"“yesterday” is not a date in the format chosen for this file");
		assertAccessible();
	}

	@Test
	void peerWorkersCannotOpenTheCheckerPagesAndCheckersCannotOpenTheVocabulary() {
		loginAs("peer", "satellite-demo");
		Response checking = visit("/app/checking");
		assertThat(checking.status()).isEqualTo(403);

		open(Screen.DESKTOP, "en");
		loginAs("checker", "satellite-demo");
		Response vocabulary = visit("/app/admin/checking/vocabulary");
		assertThat(vocabulary.status()).isEqualTo(403);
	}

}
