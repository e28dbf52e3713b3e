/**
 * The satellite program's network: zones, sites and the peer workers who run them, the
 * coordinators' visit log ({@link org.satellite.network.internal.Visits}: the observation
 * guide's counts, incidents, and notes that never hold contact details, checked with
 * {@code privacy.ContactDetails}), and what peer workers are paid
 * ({@link org.satellite.network.internal.Stipends}: monthly stipend, one payment per
 * month, honoraria with a reason).
 *
 * <p>
 * API: {@link org.satellite.network.Sites} with {@link org.satellite.network.Zone},
 * {@link org.satellite.network.Site} and {@link org.satellite.network.SiteKind}, and
 * {@link org.satellite.network.PeerWorkers} with
 * {@link org.satellite.network.PeerWorker}; visits and stipends are internal, and say
 * they were recorded with {@link org.satellite.network.SiteVisitRecorded} and
 * {@link org.satellite.network.StipendPaid} (reporting counts them). May use
 * {@code identity}, {@code platform}, {@code privacy} (the table in
 * {@code docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Network",
		allowedDependencies = { "identity", "platform", "platform :: web", "privacy" })
package org.satellite.network;

import org.springframework.modulith.ApplicationModule;
