package org.satellite.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The peer worker at demo site SAT-01 logs what they handed out from a phone, in French,
 * and sees the stock drop.
 */
@Tag(BrowserTestSupport.CALENDAR)
class PeerWorkerBrowserTests extends BrowserTestSupport {

	@Test
	void logsADistributionInFrenchOnAPhoneAndSeesTheStockDrop() {
		open(Screen.PHONE, "fr-CA");
		loginAs("peer", "satellite-demo");

		visit("/app/peer/stock");
		assertAccessible();
		int before = needlesInStock();

		visit("/app/peer");
		assertShowsExactly(this.page.locator("h1"), "Noter le matériel à SAT-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plus de Seringue 1 cc (plus 10)"))
			.click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
			.last()
			.click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer"));

		assertShowsExactly(this.page.locator("[role=status]"), "Enregistré : 10 × Seringue 1 cc");
		assertShows(this.page.locator("ul.entries"), "10 × Seringue 1 cc");
		assertAccessible();

		visit("/app/peer/stock");
		assertThat(needlesInStock()).isEqualTo(before - 10);
	}

	@Test
	void undoesTheLastEntryAndTheStockComesBack() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		visit("/app/peer/stock");
		int before = needlesInStock();

		visit("/app/peer");
		this.page.locator("#q-NDL-1").fill("5");
		this.page.locator("button.big").click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer"));
		this.page.locator("ul.entries li").first().getByText("Undo").click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer"));

		assertShows(this.page.locator("ul.entries li").first(), "Undone");
		visit("/app/peer/stock");
		assertThat(needlesInStock()).isEqualTo(before);
	}

	private int needlesInStock() {
		Locator count = this.page.locator(
				"tbody tr:has(th:text-is('Seringue 1 cc')) td.num, tbody tr:has(th:text-is('Needle 1 cc')) td.num");
		return Integer.parseInt(count.innerText().strip());
	}

}
