package org.satellite.network.internal;

import java.time.LocalDate;

import org.satellite.network.PeerWorker;

/**
 * One peer worker's pay for a month, as the coordinator sees it at a glance.
 *
 * @param monthlyCents the stipend agreed, or null when none is set
 * @param paidOn when this month's stipend was paid, or null when it was not
 * @param paidCents how much was paid for the month, 0 when nothing
 * @param honorariaCents honoraria paid during the month
 */
public record StipendLine(PeerWorker worker, Integer monthlyCents, LocalDate paidOn, PaymentMethod paidBy,
		int paidCents, int honorariaCents) {

	/**
	 * Whether this worker is owed this month's stipend: active, with a stipend, and not
	 * yet paid.
	 */
	public boolean notPaid() {
		return this.worker.active() && this.monthlyCents != null && this.monthlyCents > 0 && this.paidOn == null;
	}

}
