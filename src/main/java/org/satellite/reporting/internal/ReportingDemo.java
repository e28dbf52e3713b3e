package org.satellite.reporting.internal;

import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * The demo's history is loaded in bulk by the other modules, without events: once they
 * have all seeded, the rollups are rebuilt from what they recorded.
 */
@Component
class ReportingDemo implements DemoSeed {

	private final Rollups rollups;

	ReportingDemo(Rollups rollups) {
		this.rollups = rollups;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(DemoContext context) {
		this.rollups.rebuild();
	}

}
