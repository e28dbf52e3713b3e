package org.satellite.demo;

import org.satellite.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In demo mode, seeds the demo program on first start and tells the person at the terminal how to log in.
 */
@Component
class DemoStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

	private final Deployment deployment;

	private final DemoProgram program;

	private final DemoAccounts accounts;

	private final DemoOverdose overdose;

	private final Environment environment;

	private final DemoAlerts alerts;

	DemoStart(Deployment deployment, DemoProgram program, DemoAccounts accounts, DemoOverdose overdose,
			Environment environment, DemoAlerts alerts) {
		this.alerts = alerts;
		this.deployment = deployment;
		this.program = program;
		this.accounts = accounts;
		this.overdose = overdose;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo()) {
			return;
		}
		if (!this.program.isSeeded()) {
			log.info("Demo mode: seeding the demo program (first start only)");
			this.program.seed();
			this.overdose.seed();
			this.alerts.seed();
		}
		this.accounts.ensure();
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
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
				""".formatted(port, DemoAccounts.PASSWORD, this.deployment.dataDirectory());
		log.info(banner);
	}

}
