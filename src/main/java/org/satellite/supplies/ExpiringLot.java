package org.satellite.supplies;

import java.time.LocalDate;

/**
 * Some of a lot that a location still holds: the ones that expire soon
 * ({@link Stock#expiringBy}), or the ones a transfer that names no lot takes from,
 * soonest expiry first.
 *
 * @param quantity the most of the lot the location can still hold (see
 * {@link Stock#expiringBy})
 */
public record ExpiringLot(String location, String itemCode, String lot, LocalDate expiresOn, int quantity) {
}
