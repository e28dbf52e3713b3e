package org.satellite.network;

import java.time.LocalDate;

/**
 * A satellite site, known by its code and zone only.
 */
public record Site(String code, String zoneCode, SiteKind kind, LocalDate openedOn, LocalDate closedOn) {

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.openedOn) && (this.closedOn == null || !day.isAfter(this.closedOn));
	}

}
