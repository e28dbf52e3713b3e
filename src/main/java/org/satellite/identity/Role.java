package org.satellite.identity;

/**
 * What a staff member may do. A peer worker is bound to one site; the others work across
 * the program. An editor curates the knowledge hub.
 */
public enum Role {

	ADMIN, COORDINATOR, PEER_WORKER, CHECKER, ANALYST, EDITOR;

	/**
	 * The Spring Security authority for this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
