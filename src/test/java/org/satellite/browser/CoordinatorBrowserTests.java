package org.satellite.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator sees that demo site SAT-03 is running low on naloxone and has asked for
 * supplies, records the restock from the hub, and the flag and the request are gone.
 */
@Tag(BrowserTestSupport.CALENDAR)
class CoordinatorBrowserTests extends BrowserTestSupport {

	@Test
	void seesTheLowStockFlagAndRecordsARestock() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");

		visit("/app/coordinator");
		assertAccessible();
		assertShows(siteRow("SAT-03"), "running low", "Asked for restock");
		assertShows(this.page.locator("ul.entries"), "SAT-03 asks for supplies");

		this.page.locator("ul.entries").getByText("Record the restock").click();
		this.page.waitForURL((url) -> url.contains("/app/coordinator/sites/SAT-03"));
		assertAccessible();
		assertThat(stockStatus("Naloxone nasal kit")).isEqualTo("Running low");

		this.page.locator("#item-1").selectOption("NAL-NASAL");
		this.page.locator("#quantity-1").fill("20");
		this.page.locator("form.restock-form button[type=submit]").click();
		this.page.waitForURL((url) -> url.contains("/app/coordinator/sites/SAT-03"));

		assertShows(this.page.locator("[role=status]"), "Restock recorded");
		assertThat(stockStatus("Naloxone nasal kit")).isEqualTo("OK");
		visit("/app/coordinator");
		assertDoesNotShow(siteRow("SAT-03"), "Asked for restock");
		assertDoesNotShow(this.page.locator("main"), "SAT-03 asks for supplies");
	}

	@Test
	void downloadsASiteMonthsAsCsv() {
		open(Screen.DESKTOP);
		loginAs("coordinator", "satellite-demo");
		visit("/app/coordinator/sites/SAT-01");
		// Satellite's one chart: a row per month, needles back hatched and named in the
		// legend, each bar with its number.
		Locator chart = this.page.locator("figure.chart");
		assertShows(chart.locator("figcaption"), "Needles out and needles back");
		assertShows(chart.locator(".chart-legend"), "Needles out", "Needles back");
		assertThat(chart.locator("svg text[text-anchor=end]").count()).isEqualTo(12);
		assertThat(chart.locator("svg rect[fill='url(#chart-needles-hatch)']").count()).isEqualTo(12);
		assertThat(chart.locator("pattern#chart-needles-hatch, pattern#chart-needles-key-hatch").count()).isEqualTo(2);

		var download = this.page.waitForDownload(() -> this.page.getByText("Download these months (CSV)").click());

		String csv = readAll(download.path());
		assertThat(csv.lines().findFirst())
			.hasValue("site,month,needles_out,needles_back,return_percent,kits,naloxone,secondary_reach,encounters");
		assertThat(csv.lines().count()).isEqualTo(13);
	}

	private Locator siteRow(String code) {
		return this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(code));
	}

	private String stockStatus(String item) {
		return this.page.locator("#stock + .table-scroll tbody tr", new Page.LocatorOptions().setHasText(item))
			.locator("td:nth-child(3)")
			.innerText()
			.strip();
	}

	private static String readAll(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
