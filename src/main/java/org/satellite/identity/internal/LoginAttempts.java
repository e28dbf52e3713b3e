package org.satellite.identity.internal;

import java.time.Duration;

import org.satellite.identity.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account out with a back-off: after 5 failures in a row, 1 minute, then twice as
 * long after each further failure, up to an hour. A success clears the count. Every attempt is in the audit trail.
 */
@Component
public class LoginAttempts {

	static final int THRESHOLD = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	private final Accounts accounts;

	private final AuditTrail audit;

	LoginAttempts(Accounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		if (event.getAuthentication().getPrincipal() instanceof org.satellite.identity.StaffPrincipal) {
			this.accounts.recordSuccess(username);
			this.audit.recordAs(username, "login", username, null);
		}
	}

	@EventListener
	@Transactional
	void on(AbstractAuthenticationFailureEvent event) {
		failed(String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(),
				event instanceof AuthenticationFailureBadCredentialsEvent);
	}

	/**
	 * Records a failed attempt; only a wrong password counts toward the lock-out.
	 */
	@Transactional
	public void failed(String username, boolean wrongPassword) {
		if (!this.accounts.exists(username)) {
			this.audit.recordAs("anonymous", "login.failed", "unknown account", null);
			return;
		}
		this.audit.recordAs(username, "login.failed", username, wrongPassword ? "wrong password" : "disabled or locked");
		if (wrongPassword) {
			this.accounts.recordFailure(username, THRESHOLD, FIRST_LOCK, LONGEST_LOCK)
				.ifPresent((until) -> this.audit.recordAs("system", "account.locked", username, "until " + until));
		}
	}

}
