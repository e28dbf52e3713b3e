package org.satellite.messaging.internal;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.satellite.messaging.Emails;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.Sealed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each pass claims a batch of due emails with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the same email; the rows stay
 * locked while they are sent and are marked in the same transaction.
 *
 * <p>
 * A node that dies after the SMTP server accepted an email but before its transaction
 * committed leaves the email queued, and it is sent again: email is delivered at least
 * once (docs/decisions/0008-email-outbox.md). Nothing in this class logs or stores an
 * address; errors are kept as a reason in words.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	private boolean warnedNoServer;

	EmailSender(JdbcClient jdbc, FieldCipher cipher, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transaction, MailSettings settings) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.mailSender = mailSender;
		this.transaction = transaction;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${satellite.mail.poll-interval:5s}")
	void sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			warnOnceThatNothingCanBeSent();
			return;
		}
		while (Boolean.TRUE.equals(this.transaction.execute((status) -> sendBatch(sender)))) {
			// A full batch was sent: more may be due.
		}
	}

	private boolean sendBatch(JavaMailSender sender) {
		List<Queued> due = this.jdbc.sql("""
				SELECT key, recipient, subject, text_body, html_body, unsubscribe_url, attempts FROM email_outbox
				WHERE state = 'QUEUED' AND next_attempt_at <= program_now()
				ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED""")
			.param("batch", this.settings.batchSize())
			.query((rs, row) -> new Queued(rs.getString("key"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("text_body"), rs.getString("html_body"), rs.getString("unsubscribe_url"),
					rs.getInt("attempts")))
			.list();
		for (Queued email : due) {
			try {
				sender.send(mime(sender, email));
				this.jdbc.sql("""
						UPDATE email_outbox SET state = 'SENT', recipient = NULL, attempts = attempts + 1,
						       sent_at = program_now(), last_error = NULL WHERE key = :key""")
					.param("key", email.key())
					.update();
			}
			catch (MailException | MessagingException ex) {
				failed(email, reason(ex));
			}
		}
		return due.size() == this.settings.batchSize();
	}

	private MimeMessage mime(JavaMailSender sender, Queued email) throws MessagingException {
		List<Attachment> attachments = this.jdbc
			.sql("""
					SELECT file_name, content_type, content FROM email_attachments WHERE email_key = :key ORDER BY position""")
			.param("key", email.key())
			.query((rs, row) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
		MimeMessage message = sender.createMimeMessage();
		boolean multipart = email.html() != null || !attachments.isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(this.cipher.open(Emails.PURPOSE, Sealed.fromStored(email.recipient())));
		helper.setSubject(email.subject());
		if (email.html() != null) {
			helper.setText(email.text(), email.html());
		}
		else {
			helper.setText(email.text());
		}
		for (Attachment attachment : attachments) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		if (email.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

	private void failed(Queued message, String reason) {
		int attempts = message.attempts() + 1;
		boolean givingUp = attempts >= this.settings.maxAttempts();
		Duration wait = this.settings.waitAfter(attempts);
		this.jdbc.sql("""
				UPDATE email_outbox SET attempts = :attempts, last_error = :reason,
				       state = CASE WHEN :givingUp THEN 'FAILED' ELSE 'QUEUED' END,
				       recipient = CASE WHEN :givingUp THEN NULL ELSE recipient END,
				       next_attempt_at = program_now() + make_interval(secs => :waitSeconds)
				WHERE key = :key""")
			.param("attempts", attempts)
			.param("reason", reason)
			.param("givingUp", givingUp)
			.param("waitSeconds", (double) wait.toSeconds())
			.param("key", message.key())
			.update();
		if (givingUp) {
			log.warn("Outbox message {} failed {} times and will not be tried again: {}", message.key(), attempts,
					reason);
		}
	}

	/**
	 * Why sending failed, in words that cannot hold the address: SMTP servers quote
	 * addresses in their errors, so the server's own message is never kept.
	 */
	static String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return "The SMTP server could not be reached.";
			}
		}
		if (ex instanceof MailAuthenticationException) {
			return "The SMTP server refused the credentials.";
		}
		return "The SMTP server did not accept the email (" + ex.getClass().getSimpleName() + ").";
	}

	private void warnOnceThatNothingCanBeSent() {
		if (!this.warnedNoServer) {
			this.warnedNoServer = true;
			log.warn("No SMTP server is configured (spring.mail.host): the outbox keeps its messages until one is.");
		}
	}

	private record Queued(String key, String recipient, String subject, String text, String html, String unsubscribeUrl,
			int attempts) {
	}

	private record Attachment(String fileName, String contentType, byte[] content) {
	}

}
