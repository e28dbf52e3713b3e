package org.satellite.supplies;

/**
 * How much of an item a location holds according to the ledger, and whether that needs
 * attention.
 *
 * @param minimum the low-stock threshold, or 0 when none is set
 */
public record StockLevel(String location, String itemCode, int quantity, int minimum) {

	public Status status() {
		if (this.quantity < 0) {
			return Status.NEGATIVE;
		}
		if (this.minimum > 0 && this.quantity < this.minimum) {
			return Status.LOW;
		}
		return Status.OK;
	}

	/**
	 * Negative stock means the ledger is behind the shelf (a transfer not yet recorded);
	 * the coordinator should look.
	 */
	public enum Status {

		OK, LOW, NEGATIVE

	}

}
