package org.satellite.supplies;

import java.time.LocalDate;

/**
 * One item of a receipt or transfer. The lot and expiry are required for items that track lots (naloxone) when
 * received, and optional when moved.
 */
public record TransferLine(String itemCode, int quantity, String lot, LocalDate expiresOn) {

	public static TransferLine of(String itemCode, int quantity) {
		return new TransferLine(itemCode, quantity, null, null);
	}

}
