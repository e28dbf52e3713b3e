package org.satellite.network;

/**
 * A peer worker as the program knows them: a handle and a site. Whether they have a
 * program phone is visible; the number itself is only given out through
 * {@link PeerWorkers#contactOf(long)}, which leaves a trace in the audit trail.
 */
public record PeerWorker(long id, String handle, String siteCode, boolean active, boolean hasPhone) {
}
