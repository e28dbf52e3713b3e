package org.satellite.identity;

import java.util.Optional;

/**
 * The staff member behind a request, as other modules see them: a username, a role and,
 * for a peer worker, the code of their site. Never a name.
 */
public record StaffMember(String username, Role role, Optional<String> siteCode) {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	/**
	 * Whether this staff member may act for the given site: peer workers only for their
	 * own, coordinators and admins for any.
	 */
	public boolean mayActFor(String site) {
		return switch (this.role) {
			case ADMIN, COORDINATOR -> true;
			case PEER_WORKER -> site != null && this.siteCode.map(site::equals).orElse(false);
			default -> false;
		};
	}

}
