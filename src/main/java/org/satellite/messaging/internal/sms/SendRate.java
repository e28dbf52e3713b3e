package org.satellite.messaging.internal.sms;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contract's send rate, shared by every node of the deployment through one PostgreSQL
 * row ({@code sms_send_rate}): submissions are spaced evenly on one timeline, whichever
 * node makes them, so two nodes together send no faster than one would (decision 0065).
 *
 * <p>
 * The row holds the deployment's next free slot. A node that wants to send reserves a few
 * slots at once (about {@value #BLOCK_MILLIS} ms of the rate) by moving the row on in one
 * statement, and keeps them in memory; PostgreSQL's clock is the only clock, so nodes
 * need not agree on the time. A slot is used at its time or skipped when more than
 * {@value #LATE_MILLIS} ms have passed (a thread that woke late never bunches up with the
 * next ones); an unused slot is simply lost, which only makes the deployment slower.
 * Slots are spaced 2% wider than the rate, so that the few milliseconds a submission may
 * take to reach the SMS centre never put {@code rate + 1} of them into one second: a
 * second holds at most {@code rate} slots as long as a submission reaches the SMS centre
 * less than about 20 ms after its slot, {@value #LATE_MILLIS} ms of which a thread may
 * wake late (checked before and after it sleeps). A token bucket (Bucket4j, say) was not
 * used: it lets a full bucket go at once, above the rate, and the SMS centre counts
 * seconds.
 *
 * <p>
 * {@link #pause(Duration)} moves every node's next slot past a pause, for an SMS centre
 * that asked to slow down.
 */
public class SendRate {

	static final long BLOCK_MILLIS = 10;

	static final long LATE_MILLIS = 10;

	/**
	 * A slot closer than this is used at once: a sleep that short costs more than it
	 * waits (the scheduler wakes a thread tens of microseconds late at best), and at a
	 * high rate one sleep per message was the whole cost of a fan-out. Sending up to this
	 * early keeps a second below {@code rate} slots, as the 2% margin covers it.
	 */
	static final long EARLY_MICROS = 500;

	/** Spacing of the slots relative to the exact rate. */
	static final double MARGIN = 1.02;

	private final JdbcClient jdbc;

	private final long intervalNanos;

	private final int block;

	private final ArrayDeque<Long> slots = new ArrayDeque<>();

	public SendRate(JdbcClient jdbc, int perSecond) {
		this.jdbc = jdbc;
		int rate = Math.max(1, perSecond);
		this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) * MARGIN / rate);
		this.block = (int) Math.max(1, Math.ceil(rate * BLOCK_MILLIS / 1000.0));
	}

	/**
	 * Waits for this node's next slot, reserving more from the deployment when it has
	 * none left.
	 */
	public void acquire() throws InterruptedException {
		long lateness = TimeUnit.MILLISECONDS.toNanos(LATE_MILLIS);
		while (true) {
			long slot;
			synchronized (this) {
				Long next;
				long late = System.nanoTime() - lateness;
				while ((next = this.slots.poll()) != null && next < late) {
					// skipped: too late to use without bunching
				}
				if (next == null) {
					reserve();
					next = this.slots.poll();
				}
				slot = next;
			}
			long wait = slot - System.nanoTime();
			if (wait > TimeUnit.MICROSECONDS.toNanos(EARLY_MICROS)) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			// A thread that woke too late (a busy machine) lets its slot go rather than
			// crowd the next one.
			if (System.nanoTime() - slot <= lateness) {
				return;
			}
		}
	}

	/**
	 * Stops the whole deployment for a while: this node forgets the slots it holds, and
	 * the next free slot of every node moves past the pause.
	 */
	public void pause(Duration pause) {
		synchronized (this) {
			this.slots.clear();
		}
		this.jdbc.sql(
				"UPDATE sms_send_rate SET next_slot = greatest(next_slot, clock_timestamp() + make_interval(secs => :pause)) WHERE id = 1")
			.param("pause", pause.toMillis() / 1000.0)
			.update();
	}

	private void reserve() {
		double span = this.block * this.intervalNanos / 1e9;
		double startsIn = this.jdbc.sql("""
				WITH clock AS (SELECT clock_timestamp() AS now)
				UPDATE sms_send_rate r SET next_slot = greatest(r.next_slot, clock.now) + make_interval(secs => :span)
				FROM clock WHERE r.id = 1
				RETURNING extract(epoch FROM (r.next_slot - clock.now)) - :span""")
			.param("span", span)
			.query(Double.class)
			.single();
		long start = System.nanoTime() + (long) (startsIn * 1e9);
		for (int i = 0; i < this.block; i++) {
			this.slots.add(start + i * this.intervalNanos);
		}
	}

}
