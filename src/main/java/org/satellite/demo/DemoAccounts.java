package org.satellite.demo;

import org.satellite.identity.Role;
import org.satellite.identity.StaffAccounts;

import org.springframework.stereotype.Component;

/**
 * The demo accounts, one per role, all with the password printed in the start-up banner.
 */
@Component
class DemoAccounts {

	static final String PASSWORD = "satellite-demo";

	private final StaffAccounts accounts;

	DemoAccounts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	void ensure() {
		this.accounts.createDemoAccount("admin", PASSWORD, Role.ADMIN, null);
		this.accounts.createDemoAccount("coordinator", PASSWORD, Role.COORDINATOR, null);
		this.accounts.createDemoAccount("peer", PASSWORD, Role.PEER_WORKER, "SAT-01");
		this.accounts.createDemoAccount("checker", PASSWORD, Role.CHECKER, null);
		this.accounts.createDemoAccount("analyst", PASSWORD, Role.ANALYST, null);
	}

}
