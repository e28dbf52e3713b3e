package org.satellite.identity.internal;

import org.satellite.identity.Role;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * The demo accounts, one per role, all with the password printed in the start-up banner;
 * made again on every start, so that a demo kept from an older version has them all.
 */
@Component
class IdentityDemo implements DemoSeed {

	private final StaffAccounts accounts;

	IdentityDemo(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public void seed(DemoContext context) {
		String password = context.password();
		this.accounts.createDemoAccount("admin", password, Role.ADMIN, null);
		this.accounts.createDemoAccount("coordinator", password, Role.COORDINATOR, null);
		this.accounts.createDemoAccount("peer", password, Role.PEER_WORKER, "SAT-01");
		this.accounts.createDemoAccount("checker", password, Role.CHECKER, null);
		this.accounts.createDemoAccount("analyst", password, Role.ANALYST, null);
		this.accounts.createDemoAccount("editor", password, Role.EDITOR, null);
	}

}
