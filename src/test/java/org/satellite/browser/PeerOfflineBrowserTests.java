package org.satellite.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A peer worker in a basement, on a 360 px phone: with no connection they log a
 * distribution and an overdose response, see both waiting on the phone, and when the
 * connection comes back see both saved, each once in the database. Logging out clears
 * what the phone kept.
 */
class PeerOfflineBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesMadeOfflineAreSentOnceWhenTheConnectionReturns() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer");
		waitUntilThePhoneKeepsThePeerPages();
		int distributions = count("distributions");
		int responses = count("overdose_responses");

		this.page.context().setOffline(true);
		this.page.locator("#q-NDL-1").fill("30");
		String distributionKey = this.page.locator("form.log-form input[name=key]").inputValue();
		this.page.locator("form.log-form button.big").click();
		this.page.waitForURL((url) -> url.contains("/app/peer?kept="));
		assertShows(this.page.locator("#outbox"), "No connection", "30 × Needle 1 cc", "Waiting to be sent");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overdose")).click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer/overdose"));
		this.page.locator("input[name=substance]").first().check();
		this.page.locator("input[name=called][value=yes]").check();
		this.page.locator("input[name=stayed][value=yes]").check();
		this.page.locator("input[name=outcome]").first().check();
		String responseKey = this.page.locator("form.overdose-form input[name=key]").inputValue();
		this.page.locator("form.overdose-form button.big").click();
		this.page.waitForURL((url) -> url.contains("/app/peer/overdose?kept="));
		assertShows(this.page.locator("#outbox"), "Overdose response", "Waiting to be sent");
		assertThat(this.page.locator("#outbox li.outbox-waiting").count()).isEqualTo(2);
		assertThat(count("distributions")).as("nothing reaches the server without a connection")
			.isEqualTo(distributions);

		this.page.context().setOffline(false);
		this.page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertShows(this.page.locator("#outbox li.outbox-saved").nth(1), "Sent and saved");
		assertDoesNotShow(this.page.locator("#outbox"), "Waiting to be sent", "Not saved");
		assertAccessible();
		assertThat(count("distributions")).isEqualTo(distributions + 1);
		assertThat(count("overdose_responses")).isEqualTo(responses + 1);
		assertThat(savedUnder("distributions", distributionKey)).isEqualTo(1);
		assertThat(savedUnder("overdose_responses", responseKey)).isEqualTo(1);

		// Another page, another chance to send: nothing is sent twice.
		visit("/app/peer");
		assertShows(this.page.locator("ul.entries"), "30 × Needle 1 cc");
		assertShows(this.page.locator("#outbox"), "Sent and saved");
		this.page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertThat(count("distributions")).isEqualTo(distributions + 1);
		assertThat(count("overdose_responses")).isEqualTo(responses + 1);

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		this.page.waitForURL((url) -> url.contains("loggedOut"));
		assertThat(this.page.evaluate("async () => { let kept = 0; for (const name of await caches.keys()) {"
				+ " if (name === 'satellite-outbox' || name.startsWith('satellite-pages-')) {"
				+ " kept += (await (await caches.open(name)).keys()).length; } }"
				+ " return kept + (localStorage.getItem('satellite.outbox.notes') ? 1 : 0); }"))
			.as("what the phone kept is cleared on log-out")
			.isEqualTo(0);
	}

	@Test
	void anEntryKeptWhileTheSessionEndedIsSentAfterLoggingInAgain() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/returns");
		waitUntilThePhoneKeepsThePeerPages();
		int returns = count("needle_returns");

		this.page.context().setOffline(true);
		this.page.locator("#amount").fill("17");
		String key = this.page.locator("input[name=key]").inputValue();
		this.page.locator("button.big").click();
		this.page.waitForURL((url) -> url.contains("/app/peer/returns?kept="));
		assertShows(this.page.locator("#outbox"), "Waiting to be sent");

		this.jdbc.sql("DELETE FROM spring_session").update();
		this.page.context().setOffline(false);
		this.page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertShows(this.page.locator("#outbox"), "Your session ended. Log in again", "Waiting to be sent");
		assertThat(count("needle_returns")).isEqualTo(returns);

		loginAs("peer", "satellite-demo");
		visit("/app/peer/returns");
		assertShows(this.page.locator("#outbox li.outbox-saved"), "Sent and saved");
		assertThat(count("needle_returns")).isEqualTo(returns + 1);
		assertThat(savedUnder("needle_returns", key)).isEqualTo(1);
	}

	private void waitUntilThePhoneKeepsThePeerPages() {
		for (int tries = 0; tries < 100; tries++) {
			Object kept = this.page.evaluate("async () => navigator.serviceWorker.controller !== null"
					+ " && !!(await caches.match('/app/peer')) && !!(await caches.match('/app/peer/overdose'))");
			if (Boolean.TRUE.equals(kept)) {
				return;
			}
			this.page.waitForTimeout(200);
		}
		fail("the service worker did not keep the peer pages within 20 s");
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE site_code = 'SAT-01'")
			.query(Integer.class)
			.single();
	}

	/** How many entries of a table the key landed as. */
	private int savedUnder(String table, String key) {
		return this.jdbc
			.sql("SELECT count(*) FROM " + table + " e JOIN idempotency_keys k ON k.entry_id = e.id WHERE k.key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

}
