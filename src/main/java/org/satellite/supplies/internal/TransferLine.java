package org.satellite.supplies.internal;

import java.time.LocalDate;

/**
 * One item of a receipt or transfer. The lot and expiry are required for items that track
 * lots (naloxone) when received, and optional when moved: a moved line that names no lot
 * takes the lots the source holds, soonest expiry first (see {@link Stockroom#transfer}).
 */
public record TransferLine(String itemCode, int quantity, String lot, LocalDate expiresOn) {

	public static TransferLine of(String itemCode, int quantity) {
		return new TransferLine(itemCode, quantity, null, null);
	}

}
