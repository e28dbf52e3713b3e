/**
 * Supplies: the catalogue, the append-only stock ledger of every location, distributions at sites, needles brought
 * back, low-stock thresholds and restock requests, and the month's figures of each site.
 *
 * <p>
 * API: {@link org.satellite.supplies.Catalogue} and {@link org.satellite.supplies.Item}, {@link
 * org.satellite.supplies.SupplyLedger} with {@link org.satellite.supplies.NewDistribution}, {@link
 * org.satellite.supplies.Stock}, {@link org.satellite.supplies.Stockroom}, {@link org.satellite.supplies.SiteFigures}
 * and the values they return, and the event {@link org.satellite.supplies.SuppliesDistributed}; history, restocks and
 * the ledger's records are internal. May use {@code identity}, {@code network}, {@code platform}, {@code privacy} (the
 * table in {@code docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplies", allowedDependencies = { "identity", "network", "platform", "privacy" })
package org.satellite.supplies;
