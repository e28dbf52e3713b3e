package org.satellite.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.satellite.privacy.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. Other modules queue emails here; a background worker sends them over SMTP, retrying with backoff
 * while the server is unreachable, and reports those it gave up on.
 *
 * <p>
 * Queuing joins the caller's transaction, so an email exists exactly when the decision to send it was committed.
 * The caller makes the key (for example {@code hub-registration:42:confirmation}): the same key queued twice sends
 * one email, which makes retried requests and replayed events harmless. A key is kept in clear and may be logged:
 * it must never hold the address itself.
 */
@Component
public class Emails {

	static final String PURPOSE = "email-outbox";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	Emails(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Queues the email under the key.
	 * @return {@code true} when it was queued now, {@code false} when the key was already taken (nothing new queued)
	 */
	@Transactional
	public boolean queue(String key, Email email) {
		int inserted = this.jdbc.sql("""
				INSERT INTO email_outbox (key, recipient, subject, text_body, html_body, unsubscribe_url)
				VALUES (:key, :recipient, :subject, :text, :html, :unsubscribe)
				ON CONFLICT (key) DO NOTHING""")
			.param("key", key)
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
			.query((rs, row) -> new EmailDelivery(rs.getString("key"), EmailDelivery.State.valueOf(rs.getString("state")),
					rs.getInt("attempts"), instant(rs.getObject("sent_at", OffsetDateTime.class)),
					rs.getString("last_error")))
			.optional();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
