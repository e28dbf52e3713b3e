package org.satellite.identity.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.identity.StaffSites;
import org.satellite.platform.Deployment;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: created, disabled, reset and given another role or site by admins, each
 * change in the audit trail. A peer worker's site must be one the program has
 * ({@link StaffSites}).
 */
@Service
public class StaffAccounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private static final Pattern SITE = Pattern.compile("[A-Z0-9-]{2,20}");

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Deployment deployment;

	private final ObjectProvider<StaffSites> sites;

	private final JdbcClient jdbc;

	StaffAccounts(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit,
			Deployment deployment, ObjectProvider<StaffSites> sites, JdbcClient jdbc) {
		this.accounts = accounts;
		this.sites = sites;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.deployment = deployment;
	}

	public List<Accounts.Account> all(StaffMember by) {
		requireAdmin(by);
		return this.accounts.all();
	}

	@Transactional
	public void create(StaffMember by, String username, String password, Role role, String siteCode) {
		requireAdmin(by);
		String name = (username == null) ? "" : username.strip().toLowerCase();
		if (!USERNAME.matcher(name).matches()) {
			throw new Refusal("identity.error.badUsername");
		}
		String site = siteFor(role, siteCode);
		if (this.accounts.exists(name)) {
			throw new Refusal("identity.error.usernameTaken", name);
		}
		this.policy.check(name, password);
		this.accounts.create(name, this.passwords.encode(password), role, site);
		this.audit.record("account.created", name, describe(role, site));
	}

	/**
	 * Gives an account another role, and a peer worker their site. The account's open
	 * sessions end, so that the new role applies from its next login rather than whenever
	 * the old session expires. An admin cannot change their own role: the program would
	 * lose the admin who is looking at the page.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean change(StaffMember by, String username, Role role, String siteCode) {
		requireAdmin(by);
		Accounts.Account account = this.accounts.all()
			.stream()
			.filter((candidate) -> candidate.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new Refusal("identity.error.unknownAccount", username));
		String site = siteFor(role, siteCode);
		if (account.role() == role && Objects.equals(account.siteCode(), site)) {
			return false;
		}
		if (by.username().equals(username) && role != account.role()) {
			throw new Refusal("identity.error.changeOwnRole");
		}
		this.accounts.change(username, role, site);
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
			.param("username", username)
			.update();
		this.audit.record("account.role-changed", username,
				describe(account.role(), account.siteCode()) + " → " + describe(role, site));
		return true;
	}

	/** The site a new role needs: a known site for a peer worker, none for the others. */
	private String siteFor(Role role, String siteCode) {
		if (role == null) {
			throw new Refusal("identity.error.roleRequired");
		}
		if (role != Role.PEER_WORKER) {
			return null;
		}
		String site = (siteCode == null || siteCode.isBlank()) ? null : siteCode.strip().toUpperCase();
		if (site == null || !SITE.matcher(site).matches()) {
			throw new Refusal("identity.error.siteRequired");
		}
		StaffSites known = this.sites.getIfAvailable();
		if (known != null && !known.openSiteCodes().contains(site)) {
			throw new Refusal("identity.error.unknownSite", site);
		}
		return site;
	}

	/** The sites a peer worker account may be given, or none when nobody says. */
	public List<String> siteCodes() {
		StaffSites known = this.sites.getIfAvailable();
		return (known != null) ? known.openSiteCodes() : List.of();
	}

	private static String describe(Role role, String site) {
		return role.name() + ((site != null) ? " at " + site : "");
	}

	@Transactional
	public void setEnabled(StaffMember by, String username, boolean enabled) {
		requireAdmin(by);
		if (!enabled && by.username().equals(username)) {
			throw new Refusal("identity.error.disableSelf");
		}
		requireExisting(username);
		this.accounts.setEnabled(username, enabled);
		this.audit.record(enabled ? "account.enabled" : "account.disabled", username, null);
	}

	@Transactional
	public void resetPassword(StaffMember by, String username, String password) {
		requireAdmin(by);
		requireExisting(username);
		this.policy.check(username, password);
		this.accounts.setPasswordHash(username, this.passwords.encode(password));
		this.audit.record("account.password-reset", username, null);
	}

	/**
	 * Creates the first admin of a real deployment from the environment, when there is
	 * none yet.
	 */
	@Transactional
	public boolean createFirstAdmin(String username, String password) {
		if (this.accounts.hasAdmin()) {
			return false;
		}
		String name = (username == null) ? "" : username.strip().toLowerCase();
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalStateException(
					"SATELLITE_ADMIN_USERNAME must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		try {
			this.policy.check(name, password);
		}
		catch (Refusal refusal) {
			throw new IllegalStateException("SATELLITE_ADMIN_PASSWORD is too weak (" + refusal.messageCode()
					+ "): use at least 12 characters that are not a common password");
		}
		this.accounts.create(name, this.passwords.encode(password), Role.ADMIN, null);
		this.audit.recordAs("system", "account.created", name, "first admin, from the environment");
		return true;
	}

	/**
	 * Creates a demo account unless it exists. Demo accounts share a published password,
	 * so this works only in demo mode and is refused on a real deployment.
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

	private void requireExisting(String username) {
		if (!this.accounts.exists(username)) {
			throw new Refusal("identity.error.unknownAccount", username);
		}
	}

	private static void requireAdmin(StaffMember by) {
		if (!by.is(Role.ADMIN)) {
			throw new NotAllowed("identity.error.adminsOnly");
		}
	}

}
