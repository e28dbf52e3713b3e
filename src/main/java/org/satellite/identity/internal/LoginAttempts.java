package org.satellite.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, from the login form and from token requests alike, and locks a
 * client out of an account with a growing delay ({@link LoginLocks}: per account and
 * client, so the real person elsewhere can still log in). A success from a client clears
 * that client's count. Every attempt is in the audit trail, without the address.
 */
@Component
public class LoginAttempts {

	private final Accounts accounts;

	private final LoginLocks locks;

	private final AuditTrail audit;

	LoginAttempts(Accounts accounts, LoginLocks locks, AuditTrail audit) {
		this.accounts = accounts;
		this.locks = locks;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal) {
			// ClientLockOut already forgot this client's failures.
			String username = event.getAuthentication().getName();
			this.audit.recordAs(username, "login", username, null);
		}
	}

	@EventListener
	@Transactional
	void on(AbstractAuthenticationFailureEvent event) {
		failed(String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(),
				clientOf(event.getAuthentication()), event instanceof AuthenticationFailureBadCredentialsEvent);
	}

	/** Whether this client is locked out of this account now. */
	boolean lockedOut(String username, String clientAddress) {
		return this.locks.lockedUntil(username, clientAddress).isPresent();
	}

	/** Records a login (form or token) that succeeded from a client. */
	@Transactional
	void succeeded(String username, String clientAddress) {
		this.accounts.recordSuccess(username);
		this.locks.succeeded(username, clientAddress);
	}

	/**
	 * Records a failed attempt from a client; only a wrong password counts toward the
	 * lock-out.
	 */
	@Transactional
	public void failed(String username, String clientAddress, boolean wrongPassword) {
		if (!this.accounts.exists(username)) {
			this.audit.recordAs("anonymous", "login.failed", "unknown account", null);
			return;
		}
		this.audit.recordAs(username, "login.failed", username,
				wrongPassword ? "wrong password" : "disabled or locked");
		if (wrongPassword) {
			this.locks.failed(username, clientAddress)
				.ifPresent((until) -> this.audit.recordAs("system", "account.locked", username,
						"for one client, until " + until));
		}
	}

	/**
	 * The address a login came from, as the login form's details carry it
	 * ({@link LoginClient}); only hashed.
	 */
	static String clientOf(Authentication authentication) {
		return (authentication.getDetails() instanceof LoginClient client) ? client.address() : null;
	}

}
