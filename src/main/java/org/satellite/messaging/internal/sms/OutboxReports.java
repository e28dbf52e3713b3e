package org.satellite.messaging.internal.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.satellite.messaging.DeliveryProgress;
import org.satellite.messaging.internal.SmsDelivery;
import org.satellite.messaging.SmsOutcome;
import org.satellite.messaging.internal.SmsState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the SMS outbox says about one message or one batch, for the sender and its
 * delivery page: never a number.
 */
@Repository
public class OutboxReports {

	private final JdbcClient jdbc;

	OutboxReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How the finished rows of a batch ended, how often the SMS centre asked to slow down
	 * for them, and the span of time they went out in.
	 */
	public BatchOutcomes outcomes(String batch) {
		Map<SmsOutcome, Long> counts = new EnumMap<>(SmsOutcome.class);
		this.jdbc.sql(
				"SELECT outcome, count(*) FROM sms_outbox WHERE batch = :batch AND outcome IS NOT NULL GROUP BY outcome")
			.param("batch", batch)
			.query((rs) -> {
				counts.put(SmsOutcome.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return this.jdbc
			.sql("""
					SELECT coalesce(sum(throttled), 0), min(queued_at),
					       CASE WHEN bool_or(state IN ('QUEUED', 'SENDING')) THEN NULL ELSE max(coalesce(sent_at, done_at)) END
					FROM sms_outbox WHERE batch = :batch""")
			.param("batch", batch)
			.query((rs, row) -> new BatchOutcomes(counts, rs.getLong(1), instant(rs.getTimestamp(2)),
					instant(rs.getTimestamp(3))))
			.single();
	}

	public Optional<SmsDelivery> find(String key) {
		return this.jdbc
			.sql("SELECT key, state, attempts, segments, sent_at, last_error FROM sms_outbox WHERE key = :key")
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

	/**
	 * How the finished rows of a batch ended.
	 *
	 * @param firstQueued when its first row was queued; {@code null} for an empty batch
	 * @param lastDone when its last row left or ended; {@code null} while rows still wait
	 */
	public record BatchOutcomes(Map<SmsOutcome, Long> counts, long throttled, Instant firstQueued, Instant lastDone) {
	}

}
