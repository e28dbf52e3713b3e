package org.satellite.messaging.internal.sms;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satellite.messaging.SmsOutcome;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of the SMS outbox. Workers on any number of nodes claim due rows with
 * {@code FOR UPDATE SKIP LOCKED} and hold them under a lease: a row whose worker died is
 * taken over when its lease runs out.
 */
@Repository
public class OutboxRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutboxRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Inserts rows whose key is new; returns how many were new.
	 */
	public int insert(String batch, List<Row> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		// One statement for the whole list (arrays unnested by PostgreSQL): a fan-out
		// queues thousands at a time.
		Integer inserted = this.template.execute((ConnectionCallback<Integer>) (connection) -> {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO sms_outbox (key, batch, to_sealed, to_hash, text)
					SELECT k, ?, s, h, t FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (k, s, h, t)
					ON CONFLICT (key) DO NOTHING""")) {
				insert.setString(1, batch);
				insert.setArray(2, connection.createArrayOf("text", rows.stream().map(Row::key).toArray()));
				insert.setArray(3, connection.createArrayOf("text", rows.stream().map(Row::toSealed).toArray()));
				insert.setArray(4, connection.createArrayOf("text", rows.stream().map(Row::toHash).toArray()));
				insert.setArray(5, connection.createArrayOf("text", rows.stream().map(Row::text).toArray()));
				return insert.executeUpdate();
			}
		});
		return (inserted != null) ? inserted : 0;
	}

	public int cancelPendingTo(String toHash) {
		return this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'CANCELLED', to_sealed = NULL, done_at = program_now(), claimed_by = NULL
				WHERE to_hash = :hash AND state IN ('QUEUED', 'SENDING')""").param("hash", toHash).update();
	}

	/**
	 * Claims up to {@code limit} due rows for this worker, in id order: first rows
	 * another worker claimed but abandoned (its lease ran out) go back to the queue, then
	 * queued rows whose time has come are taken. Each claim counts as an attempt.
	 */
	@Transactional
	public List<Claimed> claim(String worker, int limit, Duration lease) {
		// Walk the queued rows in id order through sms_outbox_queued_by_id and stop at
		// the limit. During a fan-out the
		// queue grows by thousands a second, faster than autovacuum analyses the table;
		// with the stale estimate the
		// planner read every queued row and sorted them instead: 100 ms per claim at
		// 30,000 queued, most of the
		// database's time in AlertFanOutBenchmark. For this transaction only.
		this.jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
		this.jdbc.sql("SET LOCAL enable_seqscan = off").update();
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'QUEUED', claimed_by = NULL, claimed_until = NULL
				WHERE state = 'SENDING' AND claimed_until < program_now()""").update();
		return this.jdbc
			.sql("""
					UPDATE sms_outbox o
					SET state = 'SENDING', claimed_by = :worker, claimed_until = program_now() + make_interval(secs => :lease),
					    attempts = o.attempts + 1
					FROM (SELECT id FROM sms_outbox WHERE state = 'QUEUED' AND next_attempt_at <= program_now()
					      ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED) due
					WHERE o.id = due.id
					RETURNING o.id, o.to_sealed, o.text, o.attempts""")
			.param("worker", worker)
			.param("lease", lease.toMillis() / 1000.0)
			.param("limit", limit)
			.query(Claimed.class)
			.list()
			.stream()
			.sorted(Comparator.comparingLong(Claimed::id))
			.toList();
	}

	/**
	 * Renews the lease of the rows this worker still holds and returns those it no longer
	 * holds: taken over by another worker (this one was too slow to renew), or finished.
	 * A row locked at this moment (its "sent" mark is being written) is skipped, never
	 * waited for, so renewing never deadlocks with a mark; the next renewal takes it.
	 */
	public Set<Long> renew(String worker, Collection<Long> ids, Duration lease) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Long[] held = ids.toArray(Long[]::new);
		return this.template.execute((ConnectionCallback<Set<Long>>) (connection) -> {
			try (PreparedStatement update = connection.prepareStatement("""
					UPDATE sms_outbox SET claimed_until = program_now() + make_interval(secs => ?)
					WHERE id IN (SELECT id FROM sms_outbox WHERE id = ANY (?) AND state = 'SENDING' AND claimed_by = ?
					             ORDER BY id FOR UPDATE SKIP LOCKED)""");
					PreparedStatement lost = connection.prepareStatement("""
							SELECT id FROM sms_outbox
							WHERE id = ANY (?) AND (state <> 'SENDING' OR claimed_by IS DISTINCT FROM ?)""")) {
				update.setDouble(1, lease.toMillis() / 1000.0);
				update.setArray(2, connection.createArrayOf("bigint", held));
				update.setString(3, worker);
				update.executeUpdate();
				lost.setArray(1, connection.createArrayOf("bigint", held));
				lost.setString(2, worker);
				Set<Long> gone = new HashSet<>();
				try (ResultSet rs = lost.executeQuery()) {
					while (rs.next()) {
						gone.add(rs.getLong(1));
					}
				}
				return gone;
			}
		});
	}

	/**
	 * Records that the SMS centre accepted several rows, and erases their numbers, in one
	 * transaction: one commit for many messages. The worker that sent them stays
	 * recorded.
	 */
	@Transactional
	public void markAllSent(String worker, Map<Long, SmppGateway.Accepted> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, SmppGateway.Accepted>> entries = List.copyOf(accepted.entrySet());
		// Find each row by its primary key. With the statistics a fan-out leaves stale
		// (see claim), the planner
		// hashed every row in SENDING instead: a quarter of the time of a thousand-row
		// mark.
		this.jdbc.sql("SET LOCAL enable_hashjoin = off").update();
		this.jdbc.sql("SET LOCAL enable_mergejoin = off").update();
		this.template.execute((ConnectionCallback<Integer>) (connection) -> {
			try (PreparedStatement update = connection.prepareStatement(
					"""
							UPDATE sms_outbox o SET state = 'SENT', message_ids = string_to_array(r.ids, ','), segments = r.segments,
							    sent_at = program_now(), to_sealed = NULL, claimed_until = NULL, last_error = NULL,
							    throttled = o.throttled + r.throttled
							FROM unnest(?::bigint[], ?::text[], ?::int[], ?::int[]) AS r (id, ids, segments, throttled)
							WHERE o.id = r.id AND o.state = 'SENDING' AND o.claimed_by = ?""")) {
				update.setArray(1,
						connection.createArrayOf("bigint", entries.stream().map(Map.Entry::getKey).toArray()));
				update.setArray(2, connection.createArrayOf("text",
						entries.stream().map((entry) -> String.join(",", entry.getValue().messageIds())).toArray()));
				update.setArray(3, connection.createArrayOf("int4",
						entries.stream().map((entry) -> entry.getValue().messageIds().size()).toArray()));
				update.setArray(4, connection.createArrayOf("int4",
						entries.stream().map((entry) -> entry.getValue().throttled()).toArray()));
				update.setString(5, worker);
				return update.executeUpdate();
			}
		});
		applyEarlyReceipts(entries.stream().flatMap((entry) -> entry.getValue().messageIds().stream()).toArray());
	}

	/**
	 * Applies the receipts that came before the "sent" mark of their message, and forgets
	 * them (and any older than a day, which no message of this deployment will ever
	 * match).
	 */
	private void applyEarlyReceipts(Object[] messageIds) {
		this.template.execute((ConnectionCallback<Integer>) (connection) -> {
			try (PreparedStatement update = connection.prepareStatement(
					"""
							WITH early AS (
							    DELETE FROM sms_receipts_early
							    WHERE message_id = ANY (?::text[]) OR arrived_at < program_now() - interval '1 day'
							    RETURNING message_id, outcome)
							UPDATE sms_outbox o SET state = CASE WHEN early.outcome = 'DELIVERED' THEN 'DELIVERED' ELSE 'FAILED' END,
							    outcome = early.outcome, done_at = program_now()
							FROM early WHERE ARRAY[early.message_id] <@ o.message_ids AND o.state = 'SENT'""")) {
				update.setArray(1, connection.createArrayOf("text", messageIds));
				return update.executeUpdate();
			}
		});
	}

	/**
	 * Applies the early receipts whose message has been recorded sent since: a receipt
	 * that came while its mark was being committed is seen by neither, and would
	 * otherwise wait for ever. Called at every poll; nothing to do is one look at an
	 * empty table.
	 */
	public int applyWaitingReceipts() {
		return this.jdbc
			.sql("""
					WITH early AS (
					    DELETE FROM sms_receipts_early e USING sms_outbox o
					    WHERE ARRAY[e.message_id] <@ o.message_ids AND o.state = 'SENT'
					    RETURNING e.message_id, e.outcome)
					UPDATE sms_outbox o SET state = CASE WHEN early.outcome = 'DELIVERED' THEN 'DELIVERED' ELSE 'FAILED' END,
					    outcome = early.outcome, done_at = program_now()
					FROM early WHERE ARRAY[early.message_id] <@ o.message_ids AND o.state = 'SENT'""")
			.update();
	}

	/**
	 * Records a failed attempt: the row is tried again after a delay that doubles with
	 * each attempt, or reported failed ({@link SmsOutcome#GAVE_UP}, and its number
	 * erased) after the last one.
	 */
	public void markAttemptFailed(long id, String worker, int attempts, int maxAttempts, Duration firstDelay,
			String problem, int throttled) {
		boolean last = attempts >= maxAttempts;
		long delayMillis = firstDelay.toMillis() << Math.min(Math.max(attempts, 1) - 1, 16);
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = CASE WHEN :last THEN 'FAILED' ELSE 'QUEUED' END,
				    outcome = CASE WHEN :last THEN 'GAVE_UP' END,
				    to_sealed = CASE WHEN :last THEN NULL ELSE to_sealed END,
				    done_at = CASE WHEN :last THEN program_now() ELSE NULL END,
				    next_attempt_at = program_now() + make_interval(secs => :delay), last_error = :error,
				    claimed_by = NULL, claimed_until = NULL, throttled = throttled + :throttled
				WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker""")
			.param("last", last)
			.param("delay", delayMillis / 1000.0)
			.param("error", abbreviate(problem))
			.param("id", id)
			.param("worker", worker)
			.param("throttled", throttled)
			.update();
	}

	/**
	 * Ends a row at once: the SMS centre refused it for good, or it cannot be read. Its
	 * number is erased.
	 */
	public void markFailed(long id, String worker, SmsOutcome outcome, String problem, int throttled) {
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'FAILED', outcome = :outcome, to_sealed = NULL, done_at = program_now(),
				    last_error = :error, claimed_by = NULL, claimed_until = NULL, throttled = throttled + :throttled
				WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker""")
			.param("outcome", outcome.name())
			.param("error", abbreviate(problem))
			.param("id", id)
			.param("worker", worker)
			.param("throttled", throttled)
			.update();
	}

	/**
	 * Gives a claimed row back, not counting the attempt: it was not submitted (the
	 * connection dropped first), the SMS centre asked to slow down, or its answer was
	 * lost. It is due again after {@code delay}.
	 */
	public void release(long id, String worker, String problem, Duration delay, int throttled) {
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'QUEUED', attempts = greatest(attempts - 1, 0), last_error = :error,
				    next_attempt_at = program_now() + make_interval(secs => :delay),
				    claimed_by = NULL, claimed_until = NULL, throttled = throttled + :throttled
				WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker""")
			.param("error", abbreviate(problem))
			.param("delay", delay.toMillis() / 1000.0)
			.param("id", id)
			.param("worker", worker)
			.param("throttled", throttled)
			.update();
	}

	/**
	 * Gives a claimed row back untried at once.
	 */
	public void release(long id, String worker, String problem) {
		release(id, worker, problem, Duration.ZERO, 0);
	}

	/**
	 * Applies a delivery receipt to the row that went out with this message id. A message
	 * of several segments is delivered on the first receipt that says so, and a failure
	 * receipt never undoes a delivery.
	 * @return whether a row took it
	 */
	public boolean applyReceipt(String messageId, SmsOutcome outcome) {
		boolean applied = this.jdbc
			.sql("""
					UPDATE sms_outbox SET state = CASE WHEN :delivered THEN 'DELIVERED' ELSE 'FAILED' END,
					    outcome = :outcome, done_at = program_now()
					WHERE ARRAY[CAST(:id AS text)] <@ message_ids
					  AND (state = 'SENT' OR (:delivered AND state = 'FAILED' AND outcome IN ('EXPIRED', 'UNDELIVERABLE', 'REJECTED')))""")
			.param("delivered", outcome.delivered())
			.param("outcome", outcome.name())
			.param("id", messageId)
			.update() > 0;
		if (!applied) {
			// Maybe its message is not recorded sent yet: kept for the mark to apply (a
			// delivery wins over a failure).
			this.jdbc
				.sql("""
						INSERT INTO sms_receipts_early (message_id, outcome) VALUES (:id, :outcome)
						ON CONFLICT (message_id) DO UPDATE SET outcome = excluded.outcome WHERE excluded.outcome = 'DELIVERED'""")
				.param("id", messageId)
				.param("outcome", outcome.name())
				.update();
		}
		return applied;
	}

	private static String abbreviate(String error) {
		if (error == null) {
			return null;
		}
		return (error.length() > 300) ? error.substring(0, 300) : error;
	}

	/**
	 * A row to insert, its number already sealed and hashed.
	 */
	public record Row(String key, String toSealed, String toHash, String text) {
	}

	/**
	 * A row a worker has claimed.
	 */
	public record Claimed(long id, String toSealed, String text, int attempts) {
	}

}
