package org.satellite.network;

import java.time.YearMonth;

/**
 * A peer worker's monthly stipend was recorded as paid. Carries the worker's site, never
 * the amount or how it was paid.
 *
 * @param peerWorkerId the peer worker
 * @param siteCode the worker's site
 * @param month the month the stipend is for (the month it counts in)
 */
public record StipendPaid(long peerWorkerId, String siteCode, YearMonth month) {
}
