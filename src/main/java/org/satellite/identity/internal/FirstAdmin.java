package org.satellite.identity.internal;

import org.satellite.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a real deployment with no admin yet, creates one from
 * {@code SATELLITE_ADMIN_USERNAME} and {@code SATELLITE_ADMIN_PASSWORD}, and refuses to
 * start without them: a Satellite nobody can log in to helps nobody.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Deployment deployment;

	private final StaffAccounts accounts;

	private final Accounts table;

	private final Environment environment;

	FirstAdmin(Deployment deployment, StaffAccounts accounts, Accounts table, Environment environment) {
		this.deployment = deployment;
		this.accounts = accounts;
		this.table = table;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.deployment.demo() || this.table.hasAdmin()) {
			return;
		}
		String username = this.environment.getProperty("SATELLITE_ADMIN_USERNAME");
		String password = this.environment.getProperty("SATELLITE_ADMIN_PASSWORD");
		if (username == null || password == null) {
			throw new IllegalStateException("There is no admin account yet: set SATELLITE_ADMIN_USERNAME and "
					+ "SATELLITE_ADMIN_PASSWORD for the first start (see README, Configuration)");
		}
		this.accounts.createFirstAdmin(username, password);
		log.info("Created the first admin account '{}' from the environment", username);
	}

}
