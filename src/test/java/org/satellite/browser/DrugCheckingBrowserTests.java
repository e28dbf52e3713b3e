package org.satellite.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checker records a sample on a phone: expected cocaine, a fentanyl-positive strip and
 * two FTIR components. The public page of its code explains the result in French and in
 * English; the public dashboard, which shows ended periods only, does not change that
 * day.
 */
class DrugCheckingBrowserTests extends BrowserTestSupport {

	@Test
	void aCheckerRecordsASampleWithFentanylAndThePublicPageExplainsItInFrenchAndEnglish() {
		visit("/data");
		assertAccessible();
		assertShows(this.page.locator("figure.chart figcaption"), "Share of samples with fentanyl, by month");
		assertThat(this.page.locator("figure.chart svg text[text-anchor=end]").count()).isGreaterThan(1);
		int before = samplesThisMonth();

		open(Screen.PHONE, "en");
		loginAs("checker", "satellite-demo");
		visit("/app/checking");
		assertAccessible();
		this.page.getByLabel("What the person expects it to be").fill("Cocaine");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Powder")).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sample")).click();

		assertShowsFirst(this.page.locator("h1"), "Sample ");
		String code = this.page.locator("strong.code").innerText();
		this.page.getByLabel("Strip", new Page.GetByLabelOptions().setExact(true)).selectOption("FENTANYL");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Positive (found)")).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save strip")).click();
		addComponent("Cocaine HCl");
		addComponent("Fentanyl HCl");
		assertShows(this.page.locator("main"), "Positive (found)", "Cocaine HCl", "Fentanyl HCl");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release the result")).click();
		assertShows(this.page.locator("main"), "Result released");

		visit("/app/checking/samples/" + code.replace("-", "") + "/slip");
		assertShows(this.page.locator("main"), code, "/results");
		assertThat(PosterBrowserTests.qrCodeIn(picture(this.page.locator("main svg.qr").screenshot())))
			.as("the slip's QR code opens the result")
			.endsWith("/results/" + code.replace("-", ""));
		assertAccessible();

		open(Screen.PHONE, "fr-CA");
		visit("/results/" + code);
		String french = this.page.locator("main").innerText();
		assertThat(french).contains("Résultat de l’échantillon " + code, "Du fentanyl là où personne n’en attendait",
				"Vous pensiez avoir : Cocaïne. Cela a été trouvé.", "Bandelette fentanyl : Positive (trouvé)");
		assertAccessible();

		open(Screen.PHONE, "en");
		visit("/results/" + code.toLowerCase());
		String english = this.page.locator("main").innerText();
		assertThat(english).contains("Result for sample " + code, "Fentanyl where nobody expected it",
				"You expected Cocaine. It was found.", "Fentanyl strip: Positive (found)");

		// The dashboard publishes a period once it has ended (decision 0050): today's
		// sample is counted next month, so a
		// visit before and after a release never tells anyone what was released that day.
		visit("/data");
		assertThat(samplesThisMonth()).isEqualTo(before);
		assertAccessible();
	}

	@Test
	void aMistypedCodeIsSaidPlainly() {
		open(Screen.PHONE, "en");
		visit("/results");
		assertAccessible();
		this.page.getByLabel("Sample code").fill("ABCD-EFGH");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the result")).click();

		assertShows(this.page.locator("[role=alert]"), "is not a sample code");
		assertAccessible();
	}

	private static BufferedImage picture(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void addComponent(String name) {
		this.page.getByLabel("Component, as the instrument names it").fill(name);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add component")).click();
	}

	/**
	 * The samples checked in the newest month of the dashboard's table (the last month
	 * that has ended).
	 */
	private int samplesThisMonth() {
		return Integer
			.parseInt(this.page.locator("table").first().locator("tbody tr").first().locator("td").first().innerText());
	}

}
