package org.satellite.reporting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The command-line way to rebuild the rollups:
 * {@code java -jar satellite.jar --satellite.reporting.rebuild=true} rebuilds them once
 * the application has started (docs/operations.md).
 */
@Component
class RebuildOnStart implements ApplicationRunner {

	private final Rollups rollups;

	private final boolean rebuild;

	RebuildOnStart(Rollups rollups, @Value("${satellite.reporting.rebuild:false}") boolean rebuild) {
		this.rollups = rollups;
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.rebuild) {
			this.rollups.rebuild();
		}
	}

}
