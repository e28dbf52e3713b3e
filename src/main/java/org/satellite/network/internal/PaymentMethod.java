package org.satellite.network.internal;

/**
 * How a peer worker was paid.
 */
public enum PaymentMethod {

	CASH, CHEQUE, E_TRANSFER, PREPAID_CARD

}
