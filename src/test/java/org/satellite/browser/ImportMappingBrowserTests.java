package org.satellite.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The mapping screen as a checker meets it with another service's file (semicolons,
 * day-first dates, French strip words and one of the service's own, components joined
 * with "+"): a wrong date format is seen in the preview before importing, an unknown word
 * is given its meaning, the mapping is saved under the service's name, and the next file
 * from that service imports in one click, adding nothing it already has.
 */
class ImportMappingBrowserTests extends BrowserTestSupport {

	@Test
	void aCheckerMapsAnotherServicesFileSeesHowItWillBeReadAndImportsTheNextOneInOneClick() throws Exception {
		String town = "Ville" + UUID.randomUUID().toString().substring(0, 6);
		String source = "Service " + town;
		Path file = Files.createTempFile("service", ".csv");
		Files.writeString(file,
				"\uFEFFJour;Ville;Attendu;Bandelette fentanyl;Composants\r\n" + "03/04/2021;" + town
						+ ";Héroïne;Positif;Caffeine + Fentanyl HCl\r\n" + "25/04/2021;" + town
						+ ";Cocaïne;Pas fait;Cocaine HCl\r\n",
				StandardCharsets.UTF_8);
		loginAs("checker", "satellite-demo");
		visit("/app/checking/imports");

		this.page.getByLabel("CSV file").setInputFiles(file);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();

		assertShows(this.page.locator("main"), "Columns are separated by semicolons", "“Pas fait”");
		assertAccessible();
		this.page.getByLabel("Dates are written")
			.selectOption(new SelectOption().setLabel("Month first: 11/01/2020 (a time after it is allowed)"));
		showHowRowsWillBeRead();

		assertShows(this.page.locator("#read-as"), "4 March 2021");
		assertShows(this.page.locator("#will-report"), "Dates not in the chosen format: 1 row");

		this.page.getByLabel("Dates are written").selectOption("DAY_FIRST");
		this.page.getByLabel("Components found (FTIR)").selectOption("Composants");
		this.page.getByLabel("Components in one cell are separated by").selectOption("+");
		this.page.getByLabel("“Pas fait” (used 1 times)").selectOption("NOT_TESTED");
		showHowRowsWillBeRead();

		assertShows(this.page.locator("#will-import"), "2 of 2 rows will be imported.");
		assertShows(this.page.locator("#read-as"), "3 April 2021", "Fentanyl strip: Positive (found)", "Caffeine",
				"Fentanyl HCl", "25 April 2021");
		assertAccessible();
		this.page.getByLabel("Save this mapping under a name").fill(source);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		PlaywrightAssertions.assertThat(this.page.locator("#outcome"))
			.containsText("2 samples added, 0 already there.",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertAccessible();

		visit("/app/checking/imports");
		this.page.getByLabel("CSV file").setInputFiles(file);
		this.page.getByLabel("Mapping", new Page.GetByLabelOptions().setExact(true)).selectOption(source);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview")).click();

		PlaywrightAssertions.assertThat(this.page.locator("#outcome"))
			.containsText("0 samples added, 2 already there.",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertShows(this.page.locator("main"), "Mapping: " + source, "Samples already imported: 2 rows not imported");

		visit("/app/checking/search?place=" + town);
		assertShows(this.page.locator("#found"), "2 samples found");
		assertAccessible();
	}

	private void showHowRowsWillBeRead() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show how the rows will be read"))
			.click();
		this.page.waitForLoadState();
	}

}
