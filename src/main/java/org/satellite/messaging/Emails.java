package org.satellite.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.satellite.messaging.internal.EmailDelivery;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.SealedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. Other modules queue emails here; a background worker sends them over
 * SMTP, retrying with backoff while the server is unreachable, and reports those it gave
 * up on.
 *
 * <p>
 * Queuing joins the caller's transaction, so an email exists exactly when the decision to
 * send it was committed. The caller makes the key (for example
 * {@code hub-registration:42:confirmation}): the same key queued twice sends one email,
 * which makes retried requests and replayed events harmless. A key is kept in clear and
 * may be logged: it must never hold the address itself.
 */
@Component
public class Emails {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation.
	 */
	@Bean
	static SealedColumn emailOutboxAddresses() {
		return SealedColumn.of("email-outbox-addresses", "email_outbox", "key", "recipient", PURPOSE);
	}

	/** What the outbox's addresses are sealed for; the sender opens them with it. */
	public static final String PURPOSE = "email-outbox";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	Emails(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Queues the email under the key.
	 * @return {@code true} when it was queued now, {@code false} when the key was already
	 * taken (nothing new queued)
	 */
	@Transactional
	public boolean queue(String key, Email email) {
		return queue(null, key, email);
	}

	/**
	 * Queues the email under the key, as part of a batch whose progress
	 * {@link #progress(String)} tells.
	 * @param batch what the email belongs to, named by the caller (for example one
	 * alert); may be {@code null}
	 * @return {@code true} when it was queued now, {@code false} when the key was already
	 * taken (nothing new queued)
	 */
	@Transactional
	public boolean queue(String batch, String key, Email email) {
		int inserted = this.jdbc.sql("""
				INSERT INTO email_outbox (key, batch, recipient, subject, text_body, html_body, unsubscribe_url)
				VALUES (:key, :batch, :recipient, :subject, :text, :html, :unsubscribe)
				ON CONFLICT (key) DO NOTHING""")
			.param("key", key)
			.param("batch", batch)
			.param("recipient", this.cipher.seal(PURPOSE, email.to()).stored())
			.param("subject", email.subject())
			.param("text", email.text())
			.param("html", email.html())
			.param("unsubscribe", email.unsubscribeUrl())
			.update();
		if (inserted == 0) {
			return false;
		}
		List<Email.Attachment> attachments = email.attachments();
		for (int position = 0; position < attachments.size(); position++) {
			Email.Attachment attachment = attachments.get(position);
			this.jdbc.sql("""
					INSERT INTO email_attachments (email_key, position, file_name, content_type, content)
					VALUES (:key, :position, :name, :type, :content)""")
				.param("key", key)
				.param("position", position)
				.param("name", attachment.fileName())
				.param("type", attachment.contentType())
				.param("content", attachment.content())
				.update();
		}
		return true;
	}

	/**
	 * Where the email queued under the key stands; empty when no email has that key.
	 */
	public Optional<EmailDelivery> delivery(String key) {
		return this.jdbc.sql("SELECT key, state, attempts, sent_at, last_error FROM email_outbox WHERE key = :key")
			.param("key", key)
			.query((rs, row) -> new EmailDelivery(rs.getString("key"),
					EmailDelivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
					instant(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("last_error")))
			.optional();
	}

	/**
	 * How far the emails of one batch have gone: queued (waiting or being retried), sent
	 * (accepted by the SMTP server) and failed (given up). Email has no delivery receipt,
	 * so nothing is ever counted as delivered.
	 */
	public DeliveryProgress progress(String batch) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE state = 'QUEUED'), count(*) FILTER (WHERE state = 'SENT'),
				       count(*) FILTER (WHERE state = 'FAILED'),
				       (SELECT last_error FROM email_outbox WHERE batch = :batch AND last_error IS NOT NULL
				        ORDER BY queued_at DESC, key LIMIT 1)
				FROM email_outbox WHERE batch = :batch""")
			.param("batch", batch)
			.query((rs, row) -> new DeliveryProgress(rs.getLong(1), 0, rs.getLong(2), 0, rs.getLong(3), 0,
					rs.getString(4)))
			.single();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
