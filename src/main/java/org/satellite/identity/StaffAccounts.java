package org.satellite.identity;

import org.satellite.identity.internal.Accounts;
import org.satellite.platform.Deployment;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as other modules may touch them.
 */
@Service
public class StaffAccounts {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Deployment deployment;

	StaffAccounts(Accounts accounts, PasswordEncoder passwords, Deployment deployment) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.deployment = deployment;
	}

	/**
	 * Creates a demo account unless it exists. Demo accounts share a published password, so this works only in demo
	 * mode and is refused on a real deployment.
	 * @return whether the account was created
	 */
	@Transactional
	public boolean createDemoAccount(String username, String password, Role role, String siteCode) {
		if (!this.deployment.demo()) {
			throw new IllegalStateException("Demo accounts exist only in demo mode");
		}
		if (this.accounts.exists(username)) {
			return false;
		}
		this.accounts.create(username, this.passwords.encode(password), role, siteCode);
		return true;
	}

}
