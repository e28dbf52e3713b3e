package org.satellite.supplies;

import org.satellite.supplies.internal.SuppliesSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppliesSettingsTests {

	@Test
	void convertsAWeighedReturnAtTheConfiguredRate() {
		assertThat(new SuppliesSettings(500, "HUB").needlesWeighing(1000)).isEqualTo(500);
		assertThat(new SuppliesSettings(500, "HUB").needlesWeighing(250)).isEqualTo(125);
		assertThat(new SuppliesSettings(320, "HUB").needlesWeighing(2500)).isEqualTo(800);
	}

	@Test
	void roundsToTheNearestNeedleAndCountsAtLeastOne() {
		assertThat(new SuppliesSettings(500, "HUB").needlesWeighing(3)).isEqualTo(2);
		assertThat(new SuppliesSettings(500, "HUB").needlesWeighing(1)).isEqualTo(1);
		assertThat(new SuppliesSettings(100, "HUB").needlesWeighing(1)).isEqualTo(1);
	}

}
