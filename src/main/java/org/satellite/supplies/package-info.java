/**
 * Supplies: the catalogue, the append-only stock ledger of every location, distributions
 * at sites, needles brought back, low-stock thresholds and restock requests, and the
 * month's figures of each site.
 *
 * <p>
 * Peer workers also log by SMS from their program phone ({@code D 10 KIT 5 PIPE 2 NAL},
 * {@code R 40}): this module answers those keywords as a messaging
 * {@code SmsKeywordHandler}, finds the phone among network's peer workers, and reads
 * items by the SMS words of the catalogue, English and French, which coordinators and
 * admins edit at {@code /app/coordinator/sms-words} (decisions 0073, 0074). API:
 * {@link org.satellite.supplies.Catalogue} and {@link org.satellite.supplies.Item},
 * {@link org.satellite.supplies.SupplyLedger} with
 * {@link org.satellite.supplies.NewDistribution}, {@link org.satellite.supplies.Stock},
 * {@link org.satellite.supplies.Stockroom}, {@link org.satellite.supplies.SiteFigures}
 * and the values they return, and the events
 * {@link org.satellite.supplies.SuppliesDistributed},
 * {@link org.satellite.supplies.DistributionUndone},
 * {@link org.satellite.supplies.NeedlesReturned} and
 * {@link org.satellite.supplies.NeedleReturnUndone} (reporting counts the site's month
 * again on each); history, restocks and the ledger's records are internal. May use
 * {@code identity}, {@code messaging}, {@code network}, {@code platform}, {@code privacy}
 * (the table in {@code docs/architecture.md}, checked by
 * {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Supplies",
		allowedDependencies = { "identity", "messaging", "network", "platform", "platform :: web", "privacy" })
package org.satellite.supplies;

import org.springframework.modulith.ApplicationModule;
