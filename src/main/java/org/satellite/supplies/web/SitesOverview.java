package org.satellite.supplies.web;

import java.time.Instant;

import org.satellite.network.Site;

/**
 * One row of the coordinator's "all sites at a glance".
 */
record SitesOverview(Site site, long needlesOnHand, long kitsOnHand, long naloxoneOnHand, long low, long negative,
		boolean restockAsked, Instant lastActivity, long needlesOutThisMonth) {
}
