package org.satellite.identity;

import java.util.Optional;

import org.satellite.identity.internal.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request, whether they logged in with a form or presented an
 * API token.
 */
public final class CurrentStaff {

	private CurrentStaff() {
	}

	public static Optional<StaffMember> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.member());
		}
		return Optional.empty();
	}

	/**
	 * The current staff member; only for code that runs behind a login.
	 * @throws IllegalStateException when nobody is logged in
	 */
	public static StaffMember require() {
		return get().orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
	}

}
