package org.satellite.reporting.internal;

import java.time.YearMonth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.alerts.AlertIssued;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.overdose.OverdoseResponseWithdrawn;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.DistributionUndone;
import org.satellite.supplies.NeedleReturnUndone;
import org.satellite.supplies.NeedlesReturned;
import org.satellite.supplies.SuppliesDistributed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups up to date as data arrives: each event recomputes the one cell it
 * touched (a site's or zone's month) from the raw records, so that a listener that sees
 * an event twice, or late, still leaves the right figures. Referrals, coordinator visits,
 * stipends, drug checking results and alert reach publish no event yet: their cells of
 * this month and the last are recomputed every ten minutes ({@link #refreshRecent}).
 */
@Component
class RollupListeners {

	private final Rollups rollups;

	private final ProgramTime time;

	private final ReportPlaces places;

	RollupListeners(Rollups rollups, ProgramTime time, ReportPlaces places) {
		this.rollups = rollups;
		this.time = time;
		this.places = places;
	}

	@ApplicationModuleListener
	void on(SuppliesDistributed event) {
		this.rollups.recompute(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(DistributionUndone event) {
		this.rollups.recompute(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(NeedlesReturned event) {
		this.rollups.recompute(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(NeedleReturnUndone event) {
		this.rollups.recompute(RollupSource.SUPPLIES, event.siteCode(), this.time.monthOf(event.occurredAt()));
	}

	@ApplicationModuleListener
	void on(OverdoseResponseRecorded event) {
		YearMonth month = this.time.monthOf(event.occurredAt());
		this.rollups.rememberOverdose(event.responseId(), event.zoneCode(), month);
		this.rollups.recompute(RollupSource.OVERDOSE, event.zoneCode(), month);
	}

	@ApplicationModuleListener
	void on(OverdoseResponseWithdrawn event) {
		this.rollups.forgetOverdose(event.responseId())
			.ifPresent((cell) -> this.rollups.recompute(RollupSource.OVERDOSE, (String) cell[0], (YearMonth) cell[1]));
	}

	@ApplicationModuleListener
	void on(NotableSubstanceFound event) {
		YearMonth month = this.time.monthOf(event.checkedAt());
		String zone = (event.zoneCode() != null) ? event.zoneCode() : "";
		this.rollups.recompute(RollupSource.CHECKING, zone, month);
		this.rollups.recompute(RollupSource.CHECKING, zone, month.minusMonths(1));
	}

	@ApplicationModuleListener
	void on(AlertIssued event) {
		this.rollups.recompute(RollupSource.ALERTS, "PROGRAM", this.time.thisMonth());
	}

	/**
	 * The sources without events, this month and last: one node at a time (a cell
	 * computed twice would be the same cell, but the work need not be done twice).
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "reporting-refresh-recent", lockAtMostFor = "PT10M")
	void refreshRecent() {
		YearMonth now = this.time.thisMonth();
		for (YearMonth month : new YearMonth[] { now.minusMonths(1), now }) {
			for (String site : this.places.siteCodes()) {
				this.rollups.recompute(RollupSource.REFERRALS, site, month);
				this.rollups.recompute(RollupSource.NETWORK, site, month);
			}
			for (String zone : this.places.zoneCodes()) {
				this.rollups.recompute(RollupSource.CHECKING, zone, month);
			}
			this.rollups.recompute(RollupSource.CHECKING, "", month);
			this.rollups.recompute(RollupSource.ALERTS, "PROGRAM", month);
		}
	}

}
