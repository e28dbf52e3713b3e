package org.satellite.messaging.internal.sms;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.satellite.platform.ProgramTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of long SMS waiting for the rest of their message ({@code sms_parts}), by the
 * sender's keyed hash, the sender's reference and the number of parts. A part is kept
 * until its message is whole, then the whole text is taken out at once; parts of a
 * message that never becomes whole are deleted after {@code satellite.sms.parts.limit} (1
 * hour by default). Never logs a number or a text.
 */
@Component
public class SmsParts {

	private static final Logger log = LoggerFactory.getLogger(SmsParts.class);

	private final JdbcClient jdbc;

	private final ProgramTime time;

	private final Duration limit;

	SmsParts(JdbcClient jdbc, ProgramTime time, @Value("${satellite.sms.parts.limit:PT1H}") Duration limit) {
		this.jdbc = jdbc;
		this.time = time;
		this.limit = limit;
	}

	/**
	 * Keeps one part (a part received twice counts once) and, when it completes its
	 * message, deletes every part of it and gives the whole text, in order. In the
	 * caller's transaction, which holds a lock on the message until it ends: when two
	 * nodes receive the last two parts at once, the second waits for the first to commit
	 * and sees its part, so exactly one of them gets the whole text.
	 * @param senderHash the sender's keyed hash ({@link SmsNumbers#hash(String)})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> add(String senderHash, SmsSegment segment, String text) {
		lock(senderHash, segment);
		this.jdbc.sql("""
				INSERT INTO sms_parts (sender_hash, reference, total, part, text, arrived_at)
				VALUES (:hash, :reference, :total, :part, :text, :now)
				ON CONFLICT DO NOTHING""")
			.param("hash", senderHash)
			.param("reference", segment.reference())
			.param("total", segment.total())
			.param("part", segment.number())
			.param("text", text)
			.param("now", Timestamp.from(this.time.now()))
			.update();
		long present = this.jdbc.sql(
				"SELECT count(*) FROM sms_parts WHERE sender_hash = :hash AND reference = :reference AND total = :total")
			.param("hash", senderHash)
			.param("reference", segment.reference())
			.param("total", segment.total())
			.query(Long.class)
			.single();
		if (present < segment.total()) {
			return Optional.empty();
		}
		List<Part> parts = discard(senderHash, segment);
		if (parts.size() != segment.total()) {
			// The purge took some parts away between the count and the delete: the
			// message is expired.
			log.info("A long SMS completed as its first parts expired; nothing was routed");
			return Optional.empty();
		}
		return Optional.of(parts.stream()
			.sorted(Comparator.comparingInt(Part::part))
			.map(Part::text)
			.collect(Collectors.joining()));
	}

	/**
	 * Deletes the parts of one message and gives them back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Part> discard(String senderHash, SmsSegment segment) {
		return this.jdbc.sql("""
				DELETE FROM sms_parts WHERE sender_hash = :hash AND reference = :reference AND total = :total
				RETURNING part, text""")
			.param("hash", senderHash)
			.param("reference", segment.reference())
			.param("total", segment.total())
			.query(Part.class)
			.list();
	}

	/**
	 * Deletes every part this sender has waiting, whatever message it belongs to: for
	 * STOP, after which nothing the number wrote is kept.
	 * @return how many parts were deleted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetSender(String senderHash) {
		return this.jdbc.sql("DELETE FROM sms_parts WHERE sender_hash = :hash").param("hash", senderHash).update();
	}

	/**
	 * Deletes every part of the messages whose first part arrived more than the limit
	 * ago; nothing of them is routed. Safe on two nodes: rows another node is deleting or
	 * completing are skipped.
	 * @return how many parts were deleted
	 */
	@Scheduled(fixedDelayString = "${satellite.sms.parts.purge-interval:PT5M}",
			initialDelayString = "${satellite.sms.parts.purge-interval:PT5M}")
	public int purge() {
		int deleted = this.jdbc.sql("""
				DELETE FROM sms_parts WHERE (sender_hash, reference, total) IN (
				    SELECT sender_hash, reference, total FROM sms_parts WHERE arrived_at < :cutoff
				    FOR UPDATE SKIP LOCKED)""")
			.param("cutoff", Timestamp.from(this.time.now().minus(this.limit)))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} part(s) of long SMS that never arrived whole; nothing of them was routed", deleted);
		}
		return deleted;
	}

	private void lock(String senderHash, SmsSegment segment) {
		this.jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:group, 8))) AS locked")
			.param("group", "sms-parts:" + senderHash + ":" + segment.reference() + ":" + segment.total())
			.query(Long.class)
			.single();
	}

	/** One stored part. */
	public record Part(int part, String text) {
	}

}
