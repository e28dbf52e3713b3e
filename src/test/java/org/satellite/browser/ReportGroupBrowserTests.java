package org.satellite.browser;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.CommunityReports;
import org.satellite.alerts.internal.ReportKind;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator ticks reports on the triage queue in a real browser and drafts one alert
 * from them.
 */
class ReportGroupBrowserTests extends BrowserTestSupport {

	@Autowired
	CommunityReports reports;

	@Autowired
	Sites sites;

	@Test
	void aCoordinatorTicksTwoReportsAndLandsOnOneDraftPrefilledFromBoth() {
		String zone = "B" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
		this.sites.addZone(zone, "Bridge " + zone, "Pont " + zone);
		UUID first = this.reports
			.report(ReportKind.BAD_BATCH, zone, "grey powder burns, people sick", "WEB", UUID.randomUUID().toString())
			.id();
		UUID second = this.reports
			.report(ReportKind.OVERDOSE, zone, "overdose after the grey powder", "WEB", UUID.randomUUID().toString())
			.id();
		loginAs("coordinator", "satellite-demo");
		visit("/app/alerts/reports");
		assertAccessible();

		this.page.locator("#report-" + first).check();
		this.page.locator("#report-" + second).check();
		this.page.getByText("Draft an alert from these").click();

		this.page.waitForURL((url) -> !url.endsWith("/app/alerts/reports"));
		assertThat(this.page.locator("#headlineEn").inputValue())
			.startsWith("2 reports of overdoses and bad drugs in Bridge " + zone + " since ");
		assertThat(this.page.locator("#bodyFr").inputValue()).contains("“overdose after the grey powder”");
		visit("/app/alerts/reports");
		assertThat(this.page.locator("#report-" + first).count()).isZero();
	}

}
