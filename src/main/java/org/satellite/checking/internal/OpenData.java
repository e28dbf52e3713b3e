package org.satellite.checking.internal;

import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;

import org.satellite.platform.ProgramTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The public figures of drug checking, as everything public shows them ({@code /data},
 * its CSV files, the results table): one {@link Publication} protected as a whole
 * (decision 0050), built from the rollup (decision 0052) and held in memory until
 * something changes.
 *
 * <p>
 * A request costs one small query: whether the rollup changed. When a change was noted (a
 * result released, an import, a name mapped), the first request to see it rebuilds the
 * rollup, unless another node is doing so, in which case the figures held are served
 * meanwhile. Memory holds the figures only, never the samples, whatever their number.
 */
@Service
public class OpenData {

	private static final Logger log = LoggerFactory.getLogger(OpenData.class);

	private final OpenDataRollup rollup;

	private final ProgramTime time;

	private final ReentrantLock building = new ReentrantLock();

	private volatile Publication current;

	OpenData(OpenDataRollup rollup, ProgramTime time) {
		this.rollup = rollup;
		this.time = time;
	}

	/** The figures as published now. */
	public Publication current() {
		OpenDataRollup.State state = this.rollup.state();
		Publication held = this.current;
		LocalDate today = this.time.today();
		if (state.stale()) {
			if (this.rollup.rebuild() || held == null) {
				state = waitForRollup();
			}
		}
		if (held != null && held.version() == state.version() && held.day().equals(today)) {
			return held;
		}
		if (held != null && !this.building.tryLock()) {
			return held;
		}
		if (held == null) {
			this.building.lock();
		}
		try {
			Publication again = this.current;
			if (again != null && again.version() == state.version() && again.day().equals(today)) {
				return again;
			}
			long start = System.nanoTime();
			Publication built = PublicationPlan.of(this.rollup.read(), today);
			this.current = built;
			log.info("Open data figures version {} built for {} in {} ms", built.version(), today,
					(System.nanoTime() - start) / 1_000_000);
			return built;
		}
		finally {
			this.building.unlock();
		}
	}

	/**
	 * The state once no rebuild is pending on this node's account: another node's rebuild
	 * is waited for.
	 */
	private OpenDataRollup.State waitForRollup() {
		OpenDataRollup.State state = this.rollup.state();
		for (int i = 0; state.stale() && i < 600; i++) {
			if (this.rollup.rebuild()) {
				state = this.rollup.state();
				break;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			state = this.rollup.state();
		}
		return state;
	}

}
