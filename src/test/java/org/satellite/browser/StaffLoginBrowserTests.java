package org.satellite.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in with a demo account. Needs the demo accounts that the {@code demo} module
 * seeds.
 */
class StaffLoginBrowserTests extends BrowserTestSupport {

	@Test
	void peerWorkerLogsInOnAPhoneAndSeesTheirSite() {
		open(Screen.PHONE);

		loginAs("peer", "satellite-demo");

		assertThat(this.page.url()).endsWith("/app");
		assertShowsExactly(this.page.locator("h1"), "Staff area");
		assertThat(this.page.getByText("My site").isVisible()).isTrue();
		assertAccessible();
	}

}
