package org.satellite.reporting.internal;

import java.time.YearMonth;

import org.satellite.alerts.AlertFannedOut;
import org.satellite.alerts.AlertIssued;
import org.satellite.checking.ResultReleased;
import org.satellite.checking.SamplesImported;
import org.satellite.checking.VocabularyChanged;
import org.satellite.network.SiteVisitRecorded;
import org.satellite.network.StipendPaid;
import org.satellite.overdose.CheckInRequested;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.overdose.OverdoseResponseWithdrawn;
import org.satellite.platform.ProgramTime;
import org.satellite.referrals.ReferralRecorded;
import org.satellite.supplies.DistributionUndone;
import org.satellite.supplies.NeedleReturnUndone;
import org.satellite.supplies.NeedlesReturned;
import org.satellite.supplies.SuppliesDistributed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups up to date as data arrives: each event marks the one cell it touched
 * (a site's or zone's month), and every few seconds the marked cells are recomputed from
 * the raw records ({@link #catchUp}), so that a listener that sees an event twice, or
 * late, still leaves the right figures, and a burst of events at one site costs one
 * recomputation. Every source of figures publishes events (decision 0112), so nothing is
 * rescanned on a timer.
 */
@Component
class RollupListeners {

	static final int CATCH_UP_BATCH = 100;

	private final Rollups rollups;

	private final ProgramTime time;

	private final AlertDelays delays;

	RollupListeners(Rollups rollups, ProgramTime time, AlertDelays delays) {
		this.rollups = rollups;
		this.time = time;
		this.delays = delays;
	}

	@ApplicationModuleListener
	void on(SuppliesDistributed event) {
		this.rollups.mark(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(DistributionUndone event) {
		this.rollups.mark(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(NeedlesReturned event) {
		this.rollups.mark(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(NeedleReturnUndone event) {
		this.rollups.mark(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(ReferralRecorded event) {
		this.rollups.mark(RollupSource.REFERRALS, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(SiteVisitRecorded event) {
		this.rollups.mark(RollupSource.NETWORK, event.siteCode(), YearMonth.from(event.visitedOn()));
	}

	@ApplicationModuleListener
	void on(StipendPaid event) {
		this.rollups.mark(RollupSource.NETWORK, event.siteCode(), event.month());
	}

	@ApplicationModuleListener
	void on(OverdoseResponseRecorded event) {
		YearMonth month = this.time.monthOf(event.occurredAt());
		this.rollups.rememberOverdose(event.responseId(), event.zoneCode(), month);
		this.rollups.mark(RollupSource.OVERDOSE, event.zoneCode(), month);
	}

	@ApplicationModuleListener
	void on(CheckInRequested event) {
		this.rollups.mark(RollupSource.OVERDOSE, event.zoneCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(OverdoseResponseWithdrawn event) {
		this.rollups.forgetOverdose(event.responseId())
			.ifPresent((cell) -> this.rollups.mark(RollupSource.OVERDOSE, (String) cell[0], (YearMonth) cell[1]));
	}

	@ApplicationModuleListener
	void on(ResultReleased event) {
		this.rollups.mark(RollupSource.CHECKING, (event.zoneCode() != null) ? event.zoneCode() : "",
				YearMonth.from(event.collectedOn()));
	}

	@ApplicationModuleListener
	void on(SamplesImported event) {
		event.months().forEach((month) -> this.rollups.mark(RollupSource.CHECKING, "", month));
	}

	@ApplicationModuleListener
	void on(VocabularyChanged event) {
		this.rollups.markEveryCheckingCell();
	}

	@ApplicationModuleListener
	void on(AlertIssued event) {
		YearMonth month = this.delays.monthIssued(event.alertId()).orElseGet(this.time::thisMonth);
		this.rollups.mark(RollupSource.ALERTS, "PROGRAM", month);
		this.delays.recompute(month);
	}

	@ApplicationModuleListener
	void on(AlertFannedOut event) {
		if (event.issuedAt() != null) {
			this.rollups.mark(RollupSource.ALERTS, "PROGRAM", this.time.monthOf(event.issuedAt()));
		}
	}

	/**
	 * Recomputes the marked cells, a hundred per transaction, until none are left. Two
	 * nodes share the work: each skips the cells the other holds.
	 */
	@Scheduled(initialDelayString = "${satellite.reporting.catch-up-interval:PT5S}",
			fixedDelayString = "${satellite.reporting.catch-up-interval:PT5S}")
	void catchUp() {
		while (this.rollups.catchUp(CATCH_UP_BATCH) == CATCH_UP_BATCH) {
			// More are marked: go on.
		}
	}

}
