package org.satellite.supplies;

/**
 * The kinds of line in the stock ledger.
 */
public enum MovementKind {

	RECEIVED, TRANSFERRED_OUT, TRANSFERRED_IN, DISTRIBUTED, ADJUSTED, REVERSED

}
