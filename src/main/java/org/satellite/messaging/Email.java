package org.satellite.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * An email to one person, already written in their language by the module that sends it.
 *
 * @param to the address; it is encrypted in the outbox and erased once the email is sent
 * @param subject the subject line
 * @param text the plain-text body, always present
 * @param html an HTML body sent beside the text one, or {@code null}
 * @param unsubscribeUrl where one click unsubscribes; when present the email carries
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (RFC 8058), or {@code null}
 * @param attachments files sent with the email, such as an {@code .ics} invitation
 */
public record Email(String to, String subject, String text, String html, String unsubscribeUrl,
		List<Attachment> attachments) {

	public Email {
		attachments = List.copyOf(attachments);
	}

	public static Email of(String to, String subject, String text) {
		return new Email(to, subject, text, null, null, List.of());
	}

	public Email withHtml(String html) {
		return new Email(this.to, this.subject, this.text, html, this.unsubscribeUrl, this.attachments);
	}

	public Email withUnsubscribeUrl(String url) {
		return new Email(this.to, this.subject, this.text, this.html, url, this.attachments);
	}

	public Email withAttachment(Attachment attachment) {
		List<Attachment> all = new ArrayList<>(this.attachments);
		all.add(attachment);
		return new Email(this.to, this.subject, this.text, this.html, this.unsubscribeUrl, all);
	}

	/**
	 * A file sent with an email.
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
