package org.satellite.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check itself: a page with a serious violation must fail it, or every
 * passing browser test would prove nothing.
 */
class AccessibilityCheckBrowserTests extends BrowserTestSupport {

	@Test
	void failsOnAnImageWithoutTextAndAButtonWithoutAName() {
		this.page.setContent(
				"""
						<!DOCTYPE html>
						<html lang="en"><head><title>Broken</title></head>
						<body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body>
						</html>""");

		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("[critical] image-alt")
			.hasMessageContaining("[critical] button-name");
	}

}
