package org.satellite.identity.internal;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The details of a login attempt: the client's address, for the per-client lock-out
 * ({@link LoginLocks}), which only ever hashes it. The address is transient: the
 * authentication is kept in the session, and staff sessions are kept in PostgreSQL
 * (decision 0063), where no address may go.
 */
final class LoginClient implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient String address;

	private LoginClient(String address) {
		this.address = address;
	}

	static LoginClient of(HttpServletRequest request) {
		return new LoginClient(request.getRemoteAddr());
	}

	/**
	 * The address the login came from, as a trusted proxy forwarded it; {@code null} once
	 * kept in a session.
	 */
	String address() {
		return this.address;
	}

}
