/**
 * Supplies: the catalogue, the append-only stock ledger of every location, distributions at sites, needles brought
 * back, low-stock thresholds and restock requests, and the month's figures of each site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplies")
package org.satellite.supplies;
