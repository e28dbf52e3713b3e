package org.satellite.browser;

import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check itself: a page with a serious violation must fail it, or every
 * passing browser test would prove nothing; and a page a test merely opens is checked
 * without the test asking.
 */
class AccessibilityCheckBrowserTests extends BrowserTestSupport {

	static final String BROKEN = """
			<!DOCTYPE html>
			<html lang="en"><head><title>Broken</title></head>
			<body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body>
			</html>""";

	@Test
	void failsOnAnImageWithoutTextAndAButtonWithoutAName() {
		this.page.setContent(BROKEN);

		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("[critical] image-alt")
			.hasMessageContaining("[critical] button-name");
	}

	@Test
	void failsOnAButtonWhoseNameDoesNotContainTheWordsItShows() {
		this.page.setContent(
				"""
						<!DOCTYPE html>
						<html lang="en"><head><title>Mismatch</title></head>
						<body><main><h1>Mismatch</h1><button aria-label="Mark fentanyl notable">Mark notable</button></main></body>
						</html>""");

		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("label-content-name-mismatch");
	}

	@Test
	void checksAPageOfSatelliteThatATestOnlyOpens() {
		this.page.route(baseUrl() + "/broken-on-purpose", (Route route) -> route.fulfill(
				new Route.FulfillOptions().setStatus(404).setContentType("text/html; charset=utf-8").setBody(BROKEN)));

		this.page.navigate(baseUrl() + "/broken-on-purpose");
		this.page.locator("h1").waitFor();

		assertThat(takeFindings()).as("found by the automatic check")
			.anySatisfy((finding) -> assertThat(finding).contains("image-alt", "/broken-on-purpose"));
	}

}
