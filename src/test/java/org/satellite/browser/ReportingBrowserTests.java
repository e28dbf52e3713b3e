package org.satellite.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting as a new user meets it in demo mode: the analyst logs in and lands on the
 * program dashboard, with twelve months of charts, each with the table of its numbers, on
 * a phone and on a desk; the CSV holds the dashboard's figures; a period that has not
 * started gets a plain sentence; the peer worker at SAT-01 reads their month in words.
 */
@Tag(BrowserTestSupport.CALENDAR)
class ReportingBrowserTests extends BrowserTestSupport {

	@Test
	void theAnalystLandsOnTheProgramDashboardWithTwelveMonthsOfChartsAndTheCsvHoldsItsFigures() {
		open(Screen.DESKTOP);
		loginAs("analyst", "satellite-demo");

		assertThat(this.page.url()).endsWith("/app/reporting");
		assertShows(this.page.locator("h1"), "Figures: Program");
		assertTwelveMonthsOfCharts();
		assertAccessible();
		// Last month, which the demo fills whatever the day (on the 1st just after
		// midnight, this month has barely begun).
		this.page.locator("nav.period-nav a").first().click();
		this.page.waitForURL((url) -> url.contains("period="));
		String needles = this.page.locator("table.indicator-table tr[data-indicator=NEEDLES_DISTRIBUTED] td")
			.innerText();
		assertThat(needles).matches("[0-9,]+");
		assertThat(needles.replace(",", "")).isNotEqualTo("0");

		Download download = this.page.waitForDownload(() -> this.page.getByText("These figures (CSV)").click());
		List<String> lines = read(download);
		assertThat(lines.get(0)).isEqualTo("period,level,place,indicator,name,unit,value");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith(lines.get(1).substring(0, 7)
				+ ",PROGRAM,PROGRAM,NEEDLES_DISTRIBUTED,Needles distributed,COUNT," + needles.replace(",", "")));

		// A quarter is charted quarter by quarter, eight of them ending with it.
		this.page.locator("nav.period-nav a", new Page.LocatorOptions().setHasText("This quarter")).click();
		this.page.waitForURL((url) -> url.matches(".*period=[0-9]{4}-Q[1-4]$"));
		Locator quarters = this.page.locator("figure.chart").first().locator("table tbody tr th");
		assertThat(quarters.count()).isEqualTo(8);
		assertThat(quarters.last().innerText()).isEqualTo(this.page.url().replaceAll(".*period=", ""));
		assertThat(quarters.first().innerText()).matches("[0-9]{4}-Q[1-4]");
		assertThat(this.page.locator("figure.chart svg desc").first().textContent()).contains("quarter by quarter");
		assertAccessible();

		visit("/app");
		assertShows(this.page.locator("ul.tiles"), "Figures and reports");
	}

	@Test
	void onAPhoneTheDashboardFitsTheScreenAndAPeriodNotStartedIsExplained() {
		open(Screen.PHONE);
		loginAs("analyst", "satellite-demo");
		assertTwelveMonthsOfCharts();
		assertAccessible();
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

		// A demo zone: other tests may add zones of their own, with nothing recorded.
		this.page.locator("nav.place-nav a", new Page.LocatorOptions().setHasText("Downtown")).click();
		this.page.waitForURL((url) -> url.contains("/app/reporting/zones/"));
		assertTwelveMonthsOfCharts();
		assertAccessible();

		Response future = visit("/app/reporting?period=2999-01");
		assertThat(future.status()).isEqualTo(400);
		assertShows(this.page.locator("[role=alert]"), "no figures for a period that has not started");
		assertAccessible();
		Response unknown = visit("/app/reporting/sites/NO-SUCH-SITE");
		assertThat(unknown.status()).isEqualTo(404);
		assertShows(this.page.locator("[role=alert]"), "no such zone or site");
	}

	@Test
	void aPeerWorkerReadsTheirMonthInWordsOnTheirPhone() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/overdose");
		this.page.getByText("My month").click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/month"));

		assertShows(this.page.locator("h1"), "Your work at SAT-01");
		assertThat(this.page.locator("p.peer-month").first().innerText()).matches(
				"This month you gave out [0-9,]+ needles and took back [0-9,]+\\.|Nothing is recorded for your site yet this month\\.");
		assertThat(this.page.locator("p.peer-year").first().innerText()).matches(
				"This year you gave out [0-9,]+ needles and took back [0-9,]+\\.|Nothing is recorded for your site yet this year\\.");
		assertAccessible();
	}

	private void assertTwelveMonthsOfCharts() {
		Locator charts = this.page.locator("figure.chart");
		assertThat(charts.count()).isGreaterThanOrEqualTo(4);
		for (int i = 0; i < charts.count(); i++) {
			Locator chart = charts.nth(i);
			assertThat(chart.locator("svg[role=img] title").count()).isEqualTo(1);
			assertThat(chart.locator("svg[role=img] desc").count()).isEqualTo(1);
			assertThat(chart.locator("table tbody tr").count()).isEqualTo(12);
		}
		// The demo has months with figures: the needles chart draws bars with their
		// numbers.
		Locator needles = this.page.locator("figure.chart").first();
		assertThat(needles.locator("rect").count()).isGreaterThan(0);
	}

	private static List<String> read(Download download) {
		try {
			return Files.readAllLines(download.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
