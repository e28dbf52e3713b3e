package org.satellite.hub.internal;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;

/**
 * Who may curate the hub: editors and admins. Checked here, where the hub's data is,
 * whatever page or job asks.
 */
final class Editors {

	private Editors() {
	}

	static void require(StaffMember by) {
		if (by == null || (by.role() != Role.EDITOR && by.role() != Role.ADMIN)) {
			throw new NotAllowed("hub.error.editorsOnly");
		}
	}

}
