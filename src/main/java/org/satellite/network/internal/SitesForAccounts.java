package org.satellite.network.internal;

import java.time.LocalDate;
import java.util.List;

import org.satellite.identity.StaffSites;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Component;

/**
 * Tells identity which sites a peer worker's account may name: every site not closed,
 * those about to open included.
 */
@Component
class SitesForAccounts implements StaffSites {

	private final Sites sites;

	private final ProgramTime time;

	SitesForAccounts(Sites sites, ProgramTime time) {
		this.sites = sites;
		this.time = time;
	}

	@Override
	public List<String> openSiteCodes() {
		LocalDate today = this.time.today();
		return this.sites.all()
			.stream()
			.filter((site) -> site.closedOn() == null || site.closedOn().isAfter(today))
			.map(Site::code)
			.toList();
	}

}
