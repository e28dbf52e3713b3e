package org.satellite.network.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.network.StipendPaid;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.privacy.ContactDetails;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What peer workers are paid: a monthly stipend, one payment record per month, and
 * honoraria with a reason. Only coordinators see or change it. Amounts are in cents.
 */
@Service
public class Stipends {

	static final int MAX_CENTS = 1_000_000;

	private final JdbcClient jdbc;

	private final PeerWorkers peerWorkers;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	Stipends(JdbcClient jdbc, PeerWorkers peerWorkers, Idempotency idempotency, ProgramTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.peerWorkers = peerWorkers;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public void setMonthly(StaffMember by, long peerWorkerId, int cents) {
		requireCoordinator(by);
		this.peerWorkers.require(peerWorkerId);
		requireAmount(cents, 0);
		this.jdbc
			.sql("""
					INSERT INTO stipends (peer_worker_id, monthly_cents) VALUES (:id, :cents)
					ON CONFLICT (peer_worker_id) DO UPDATE SET monthly_cents = EXCLUDED.monthly_cents, updated_at = program_now()""")
			.param("id", peerWorkerId)
			.param("cents", cents)
			.update();
	}

	/**
	 * Records that a month's stipend was paid. A month is paid once: a second payment for
	 * it is refused, a retry of the first (same key) lands once.
	 * @param cents the amount, or null for the worker's monthly stipend
	 */
	@Transactional
	public Idempotency.Outcome recordPayment(StaffMember by, long peerWorkerId, YearMonth month, Integer cents,
			LocalDate paidOn, PaymentMethod method, String idempotencyKey) {
		requireCoordinator(by);
		PeerWorker worker = this.peerWorkers.require(peerWorkerId);
		if (month == null || month.isAfter(this.time.thisMonth().plusMonths(1))) {
			throw new Refusal("network.error.badMonth");
		}
		requirePaid(paidOn, method);
		int amount = (cents != null) ? cents : monthlyOf(peerWorkerId);
		requireAmount(amount, 1);
		String fingerprint = Idempotency.fingerprint(peerWorkerId, month, cents, paidOn, method);
		return this.idempotency.once("stipend-payment", idempotencyKey, fingerprint, (id) -> {
			int inserted = this.jdbc.sql("""
					INSERT INTO stipend_payments (peer_worker_id, month, amount_cents, paid_on, method, recorded_by)
					VALUES (:worker, :month, :cents, :paidOn, :method, :by) ON CONFLICT DO NOTHING""")
				.param("worker", peerWorkerId)
				.param("month", month.atDay(1))
				.param("cents", amount)
				.param("paidOn", paidOn)
				.param("method", method.name())
				.param("by", by.username())
				.update();
			if (inserted == 0) {
				throw new Refusal("network.error.alreadyPaid", worker.handle(), month.toString());
			}
			this.events.publishEvent(new StipendPaid(peerWorkerId, worker.siteCode(), month));
		});
	}

	@Transactional
	public Idempotency.Outcome payHonorarium(StaffMember by, long peerWorkerId, int cents, String reason,
			LocalDate paidOn, PaymentMethod method, String idempotencyKey) {
		requireCoordinator(by);
		this.peerWorkers.require(peerWorkerId);
		requireAmount(cents, 1);
		requirePaid(paidOn, method);
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 200) {
			throw new Refusal("network.error.honorariumReason");
		}
		if (ContactDetails.anyIn(why)) {
			throw new Refusal("network.error.contactInNotes");
		}
		String fingerprint = Idempotency.fingerprint(peerWorkerId, cents, why, paidOn, method);
		return this.idempotency.once("honorarium", idempotencyKey, fingerprint,
				(id) -> this.jdbc.sql("""
						INSERT INTO honoraria (id, peer_worker_id, amount_cents, reason, paid_on, method, recorded_by)
						VALUES (:id, :worker, :cents, :reason, :paidOn, :method, :by)""")
					.param("id", id)
					.param("worker", peerWorkerId)
					.param("cents", cents)
					.param("reason", why)
					.param("paidOn", paidOn)
					.param("method", method.name())
					.param("by", by.username())
					.update());
	}

	/**
	 * Every peer worker's pay for a month, in the order of the peer worker list.
	 */
	public List<StipendLine> month(StaffMember by, YearMonth month) {
		requireCoordinator(by);
		Map<Long, Integer> monthly = new HashMap<>();
		this.jdbc.sql("SELECT peer_worker_id, monthly_cents FROM stipends")
			.query((rs, row) -> monthly.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Map<Long, Object[]> paid = new HashMap<>();
		this.jdbc.sql("SELECT peer_worker_id, paid_on, method, amount_cents FROM stipend_payments WHERE month = :month")
			.param("month", month.atDay(1))
			.query((rs, row) -> paid.put(rs.getLong(1),
					new Object[] { rs.getObject(2, LocalDate.class), PaymentMethod.valueOf(rs.getString(3)),
							rs.getInt(4) }))
			.list();
		Map<Long, Integer> honoraria = new HashMap<>();
		this.jdbc.sql("""
				SELECT peer_worker_id, sum(amount_cents) FROM honoraria
				WHERE paid_on >= :from AND paid_on <= :to GROUP BY peer_worker_id""")
			.param("from", Date.valueOf(month.atDay(1)))
			.param("to", Date.valueOf(month.atEndOfMonth()))
			.query((rs, row) -> honoraria.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return this.peerWorkers.all().stream().map((worker) -> {
			Object[] payment = paid.get(worker.id());
			return new StipendLine(worker, monthly.get(worker.id()), (payment != null) ? (LocalDate) payment[0] : null,
					(payment != null) ? (PaymentMethod) payment[1] : null, (payment != null) ? (int) payment[2] : 0,
					honoraria.getOrDefault(worker.id(), 0));
		}).toList();
	}

	public List<Honorarium> honoraria(StaffMember by, YearMonth month) {
		requireCoordinator(by);
		return this.jdbc.sql("""
				SELECT id, peer_worker_id, amount_cents, reason, paid_on, method FROM honoraria
				WHERE paid_on >= :from AND paid_on <= :to ORDER BY paid_on DESC""")
			.param("from", Date.valueOf(month.atDay(1)))
			.param("to", Date.valueOf(month.atEndOfMonth()))
			.query(Honorarium.class)
			.list();
	}

	private int monthlyOf(long peerWorkerId) {
		return this.jdbc.sql("SELECT monthly_cents FROM stipends WHERE peer_worker_id = :id")
			.param("id", peerWorkerId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new Refusal("network.error.noStipend"));
	}

	private void requirePaid(LocalDate paidOn, PaymentMethod method) {
		if (paidOn == null) {
			throw new Refusal("network.error.paidOnRequired");
		}
		if (paidOn.isAfter(this.time.today())) {
			throw new Refusal("network.error.paidInFuture");
		}
		if (method == null) {
			throw new Refusal("network.error.methodRequired");
		}
	}

	private static void requireAmount(int cents, int minimum) {
		if (cents < minimum || cents > MAX_CENTS) {
			throw new Refusal("network.error.badAmount");
		}
	}

	private static void requireCoordinator(StaffMember by) {
		if (!(by.is(Role.COORDINATOR) || by.is(Role.ADMIN))) {
			throw new NotAllowed("network.error.coordinatorsOnly");
		}
	}

}
