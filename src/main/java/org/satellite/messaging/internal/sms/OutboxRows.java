package org.satellite.messaging.internal.sms;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.satellite.messaging.DeliveryProgress;
import org.satellite.messaging.SmsDelivery;
import org.satellite.messaging.SmsState;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the SMS outbox. Workers on any number of nodes claim due rows with {@code FOR UPDATE SKIP LOCKED}
 * and hold them under a lease: a row whose worker died is taken over when its lease runs out.
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
		// One statement for the whole list (arrays unnested by PostgreSQL): a fan-out queues thousands at a time.
		Integer inserted = this.template.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) (connection) -> {
			try (java.sql.PreparedStatement insert = connection.prepareStatement("""
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
				WHERE to_hash = :hash AND state IN ('QUEUED', 'SENDING')""")
			.param("hash", toHash)
			.update();
	}

	/**
	 * Claims up to {@code limit} due rows for this worker, in id order: first rows another worker claimed but
	 * abandoned (its lease ran out) go back to the queue, then queued rows whose time has come are taken. Each claim
	 * counts as an attempt.
	 */
	@org.springframework.transaction.annotation.Transactional
	public List<Claimed> claim(String worker, int limit, Duration lease) {
		// Walk the queued rows in id order through sms_outbox_queued_by_id and stop at the limit. During a fan-out the
		// queue grows by thousands a second, faster than autovacuum analyses the table; with the stale estimate the
		// planner read every queued row and sorted them instead: 100 ms per claim at 30,000 queued, most of the
		// database's time in AlertFanOutBenchmark. For this transaction only.
		this.jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
		this.jdbc.sql("SET LOCAL enable_seqscan = off").update();
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'QUEUED', claimed_by = NULL, claimed_until = NULL
				WHERE state = 'SENDING' AND claimed_until < program_now()""")
			.update();
		return this.jdbc.sql("""
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
			.sorted(java.util.Comparator.comparingLong(Claimed::id))
			.toList();
	}

	/**
	 * Records that the SMS centre accepted several rows, and erases their numbers, in one transaction: one commit for
	 * many messages. The worker that sent them stays recorded.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void markAllSent(String worker, java.util.Map<Long, List<String>> messageIds) {
		if (messageIds.isEmpty()) {
			return;
		}
		List<java.util.Map.Entry<Long, List<String>>> entries = List.copyOf(messageIds.entrySet());
		// Find each row by its primary key. With the statistics a fan-out leaves stale (see claim), the planner
		// hashed every row in SENDING instead: a quarter of the time of a thousand-row mark.
		this.jdbc.sql("SET LOCAL enable_hashjoin = off").update();
		this.jdbc.sql("SET LOCAL enable_mergejoin = off").update();
		this.template.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) (connection) -> {
			try (java.sql.PreparedStatement update = connection.prepareStatement("""
					UPDATE sms_outbox o SET state = 'SENT', message_ids = string_to_array(r.ids, ','), segments = r.segments,
					    sent_at = program_now(), to_sealed = NULL, claimed_until = NULL, last_error = NULL
					FROM unnest(?::bigint[], ?::text[], ?::int[]) AS r (id, ids, segments)
					WHERE o.id = r.id AND o.state = 'SENDING' AND o.claimed_by = ?""")) {
				update.setArray(1, connection.createArrayOf("bigint", entries.stream().map(java.util.Map.Entry::getKey).toArray()));
				update.setArray(2, connection.createArrayOf("text",
						entries.stream().map((entry) -> String.join(",", entry.getValue())).toArray()));
				update.setArray(3, connection.createArrayOf("int4", entries.stream().map((entry) -> entry.getValue().size()).toArray()));
				update.setString(4, worker);
				return update.executeUpdate();
			}
		});
	}

	/**
	 * Records a failed attempt: the row is tried again after a delay that doubles with each attempt, or reported
	 * failed (and its number erased) after the last one.
	 */
	public void markAttemptFailed(long id, String worker, int attempts, int maxAttempts, Duration firstDelay,
			String error) {
		boolean last = attempts >= maxAttempts;
		long delayMillis = firstDelay.toMillis() << Math.min(attempts - 1, 16);
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = CASE WHEN :last THEN 'FAILED' ELSE 'QUEUED' END,
				    to_sealed = CASE WHEN :last THEN NULL ELSE to_sealed END,
				    done_at = CASE WHEN :last THEN program_now() ELSE NULL END,
				    next_attempt_at = program_now() + make_interval(secs => :delay), last_error = :error,
				    claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker""")
			.param("last", last)
			.param("delay", delayMillis / 1000.0)
			.param("error", abbreviate(error))
			.param("id", id)
			.param("worker", worker)
			.update();
	}

	/**
	 * Gives a claimed row back untried, for example when the connection dropped before it was submitted.
	 */
	public void release(long id, String worker, String error) {
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = 'QUEUED', attempts = attempts - 1, last_error = :error,
				    claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker""")
			.param("error", abbreviate(error))
			.param("id", id)
			.param("worker", worker)
			.update();
	}

	/**
	 * Applies a delivery receipt to the row that went out with this message id.
	 */
	public void applyReceipt(String messageId, boolean delivered, String error) {
		this.jdbc.sql("""
				UPDATE sms_outbox SET state = CASE WHEN :delivered THEN 'DELIVERED' ELSE 'FAILED' END,
				    done_at = program_now(), last_error = CASE WHEN :delivered THEN last_error ELSE :error END
				WHERE ARRAY[CAST(:id AS text)] <@ message_ids AND state IN ('SENT', 'DELIVERED')""")
			.param("delivered", delivered)
			.param("error", abbreviate(error))
			.param("id", messageId)
			.update();
	}

	public Optional<SmsDelivery> find(String key) {
		return this.jdbc.sql("SELECT key, state, attempts, segments, sent_at, last_error FROM sms_outbox WHERE key = :key")
			.param("key", key)
			.query((rs, row) -> new SmsDelivery(rs.getString(1), SmsState.valueOf(rs.getString(2)), rs.getInt(3),
					(Integer) rs.getObject(4), instant(rs.getTimestamp(5)), rs.getString(6)))
			.optional();
	}

	public DeliveryProgress progress(String batch) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE state = 'QUEUED'), count(*) FILTER (WHERE state = 'SENDING'),
				       count(*) FILTER (WHERE state = 'SENT'), count(*) FILTER (WHERE state = 'DELIVERED'),
				       count(*) FILTER (WHERE state = 'FAILED'), count(*) FILTER (WHERE state = 'CANCELLED'),
				       (SELECT last_error FROM sms_outbox WHERE batch = :batch AND last_error IS NOT NULL
				        ORDER BY id DESC LIMIT 1)
				FROM sms_outbox WHERE batch = :batch""")
			.param("batch", batch)
			.query((rs, row) -> new DeliveryProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getString(7)))
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
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
