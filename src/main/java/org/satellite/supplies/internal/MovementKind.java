package org.satellite.supplies.internal;

/**
 * The kinds of line in the stock ledger. {@code ADMINISTERED} is naloxone given to
 * someone during an overdose response, recorded by the overdose module through
 * {@link Stockroom#administer}.
 */
public enum MovementKind {

	RECEIVED, TRANSFERRED_OUT, TRANSFERRED_IN, DISTRIBUTED, ADJUSTED, REVERSED, ADMINISTERED

}
