package org.satellite.network;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A coordinator recorded a visit to a site.
 *
 * @param visitId the visit
 * @param siteCode the site visited
 * @param visitedOn the day of the visit (the month it counts in)
 */
public record SiteVisitRecorded(UUID visitId, String siteCode, LocalDate visitedOn) {
}
