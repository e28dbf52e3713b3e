package org.satellite.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every peer page on a 360 px phone, in English and in French: one menu, the same on
 * every page; the header on one line; nothing wider than the screen; no serious
 * accessibility violation.
 */
class PeerPagesOnAPhoneBrowserTests extends BrowserTestSupport {

	static final List<String> PAGES = List.of("/app/peer", "/app/peer/returns", "/app/peer/naloxone",
			"/app/peer/overdose", "/app/peer/referrals", "/app/peer/referrals?kind=HOUSING", "/app/peer/stock",
			"/app/peer/month");

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr-CA" })
	void everyPeerPageFitsAPhoneWithOneMenu(String language) {
		open(Screen.PHONE, language);
		loginAs("peer", "satellite-demo");
		List<String> menus = new ArrayList<>();
		for (String path : PAGES) {
			visit(path);
			Locator menu = this.page.locator("nav.peer-nav");
			assertThat(menu.count()).as("menus on %s", path).isEqualTo(1);
			menus.add(menu.locator("a").allInnerTexts().toString());
			assertThat(menu.locator("a[aria-current=page]").count()).as("current page marked on %s", path).isEqualTo(1);
			assertThat(this.page.evaluate("() => document.documentElement.scrollWidth"))
				.as("page width of %s at 360 px", path)
				.isEqualTo(360);
			assertThat(this.page.evaluate("() => { const boxes = [...document.querySelectorAll('header.top > *, "
					+ "header.top nav > *')].filter((e) => e.offsetParent !== null).map((e) => e.getBoundingClientRect());"
					+ " return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)); }"))
				.as("header items side by side on one line on %s", path)
				.isEqualTo(true);
			assertAccessible();
		}
		assertThat(menus).as("the same menu on every peer page").containsOnly(menus.get(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr-CA" })
	void saysOneOtherPersonAndDatesThatCannotBeMisread(String language) {
		open(Screen.PHONE, language);
		loginAs("peer", "satellite-demo");
		visit("/app/peer");
		this.page.locator("#q-NDL-1").fill("2");
		this.page.locator("#alsoFor").fill("1");
		this.page.locator("form.log-form button.big").click();
		this.page.waitForURL((url) -> url.endsWith("/app/peer"));
		assertShows(this.page.locator("ul.entries li").first(),
				language.equals("en") ? "(also for 1 other person)" : "(aussi pour 1 autre personne)");
		assertThat(this.page.locator("form.log-form").innerText()).as("naloxone is logged on its own page")
			.doesNotContain("Naloxone nasal kit")
			.doesNotContain("Trousse de naloxone nasale");

		visit("/app/peer/overdose");
		this.page.locator("input[name=substance]").first().check();
		this.page.locator("input[name=called][value=yes]").check();
		this.page.locator("input[name=stayed][value=yes]").check();
		this.page.locator("input[name=outcome]").first().check();
		this.page.locator("form.overdose-form button.big").click();
		this.page.waitForURL((url) -> url.endsWith("/saved"));
		visit("/app/peer/overdose");
		String when = this.page.locator("ul.entries li .when").first().innerText();
		assertThat(when).as("a day, a month in words and a time")
			.matches(Pattern.compile("\\d{1,2} \\p{L}+\\.?, \\d{2}:\\d{2}"));
	}

}
