package org.satellite.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One way to write public links: from the configured address, which a deployment on its
 * own database must set (decision 0091).
 */
class PublicLinksTests {

	@Test
	void refusesToStartOutsideDemoModeWithoutAPublicAddress() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/satellite");

		assertThatThrownBy(() -> new PublicLinks(production)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Set SATELLITE_PUBLIC_URL")
			.hasMessageContaining("does not start without it");
		assertThatThrownBy(() -> new PublicLinks(production.withProperty(PublicLinks.SETTING, "  ")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAnAddressThatIsNotAnAbsoluteWebAddress() {
		for (String bad : new String[] { "satellite.example.org", "ftp://satellite.example.org",
				"https://satellite.example.org/?x=1", "https://" }) {
			MockEnvironment environment = new MockEnvironment().withProperty(PublicLinks.SETTING, bad);
			assertThatThrownBy(() -> new PublicLinks(environment)).as(bad)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("must be an address such as https://satellite.example.org");
		}
	}

	@Test
	void everyLinkStartsWithTheConfiguredAddressWhateverItsSlashesOrPath() {
		PublicLinks links = new PublicLinks(
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/satellite")
					.withProperty(PublicLinks.SETTING, " https://example.org/satellite/ "));

		assertThat(links.base()).isEqualTo("https://example.org/satellite");
		assertThat(links.to("/alerts/1")).isEqualTo("https://example.org/satellite/alerts/1");
		assertThat(links.to("/alerts/1", Locale.CANADA_FRENCH))
			.isEqualTo("https://example.org/satellite/alerts/1?lang=fr");
		assertThat(links.to("/hub?tag=x", Locale.ENGLISH)).isEqualTo("https://example.org/satellite/hub?tag=x&lang=en");
		assertThat(links.host()).isEqualTo("example.org");
		assertThatThrownBy(() -> links.to("alerts")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDemoWithoutAnAddressLinksToThePortItListensOn() {
		MockEnvironment demo = new MockEnvironment();
		PublicLinks links = new PublicLinks(demo);
		demo.setProperty("local.server.port", "43117");

		assertThat(links.to("/alerts")).isEqualTo("http://localhost:43117/alerts");
	}

}
