package org.satellite.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * The login form's authentication, refused before the password is even checked when this
 * client is locked out of this account ({@link LoginLocks}). Other clients go through to
 * the password check as usual; a success forgets the client's failures on the account.
 */
class ClientLockOut implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	ClientLockOut(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getPrincipal()).strip().toLowerCase();
		if (this.attempts.lockedOut(username, LoginAttempts.clientOf(authentication))) {
			throw new LockedException("Locked out from this client for a while");
		}
		Authentication result = this.passwords.authenticate(authentication);
		this.attempts.succeeded(username, LoginAttempts.clientOf(authentication));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
