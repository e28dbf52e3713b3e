/**
 * Supplies: the catalogue, the append-only stock ledger of every location, distributions at sites, needles brought
 * back, low-stock thresholds and restock requests, and the month's figures of each site.
 *
 * <p>
 * Peer workers also log by SMS from their program phone ({@code D 10 KIT 5 PIPE 2 NAL}, {@code R 40}): this module
 * answers those keywords as a messaging {@code SmsKeywordHandler}, finds the phone among network's peer workers, and
 * reads items by the SMS words of the catalogue, English and French, which coordinators and admins edit at
 * {@code /app/coordinator/sms-words} (decisions 0073, 0074).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplies")
package org.satellite.supplies;
