package org.satellite.demo;

import java.util.Comparator;
import java.util.List;

import org.satellite.network.Sites;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In demo mode, has every module seed its part of the demo program, in the order of the
 * story, and tells the person at the terminal how to log in. The program is seeded on the
 * first start: until then there are no zones.
 */
@Component
class DemoStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

	static final String PASSWORD = "satellite-demo";

	private final Deployment deployment;

	private final List<DemoSeed> seeds;

	private final Sites sites;

	private final DemoSettings settings;

	private final Environment environment;

	DemoStart(Deployment deployment, List<DemoSeed> seeds, Sites sites, DemoSettings settings,
			Environment environment) {
		this.deployment = deployment;
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.sites = sites;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo()) {
			return;
		}
		boolean firstStart = this.sites.zones().isEmpty();
		if (firstStart) {
			log.info("Demo mode: seeding the demo program (first start only)");
		}
		DemoContext context = new DemoContext(firstStart, this.settings.seed(), this.settings.historyMonths(),
				PASSWORD);
		this.seeds.forEach((seed) -> seed.seed(context));
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		String banner = """

				==============================================================================
				  Satellite is running in DEMO MODE: http://localhost:%s
				  Log in with one of the demo accounts, password: %s
				    admin        everything, including accounts
				    coordinator  all sites, restocks, figures
				    peer         peer worker at site SAT-01 (try it on a phone-sized window)
				    checker      drug checking
				    analyst      figures and exports
				    editor       the knowledge hub: events and resources
				  Demo data and generated keys are kept in %s (delete it to start over).
				  Never put real data in demo mode.
				==============================================================================
				""".formatted(port, PASSWORD, this.deployment.dataDirectory());
		log.info(banner);
	}

}
