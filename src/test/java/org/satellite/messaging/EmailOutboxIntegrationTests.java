package org.satellite.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.satellite.messaging.internal.EmailDelivery;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email outbox over real SMTP (GreenMail on loopback) and real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class EmailOutboxIntegrationTests {

	@Autowired
	Emails emails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsTheQueuedEmailWithItsHtmlAttachmentAndOneClickUnsubscribe() throws Exception {
		String to = unique("reader");
		String key = "test:" + UUID.randomUUID();
		Email email = Email.of(to, "Événement reporté", "Le webinaire est reporté.")
			.withHtml("<p>Le webinaire est <strong>reporté</strong>.</p>")
			.withUnsubscribeUrl("https://satellite.example/unsubscribe/abc")
			.withAttachment(new Email.Attachment("event.ics", "text/calendar",
					"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(this.emails.queue(key, email)).isTrue();

		MimeMessage received = awaitMessageTo(to);
		assertThat(received.getSubject()).isEqualTo("Événement reporté");
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://satellite.example/unsubscribe/abc>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String body = new String(received.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(body).contains("text/plain", "text/html", "text/calendar", "filename=event.ics");
		assertThat(this.emails.delivery(key)).hasValueSatisfying((delivery) -> {
			assertThat(delivery.state()).isEqualTo(EmailDelivery.State.SENT);
			assertThat(delivery.sentAt()).isNotNull();
		});
	}

	@Test
	void theSameKeyQueuedTwiceSendsOneEmail() throws Exception {
		String to = unique("twice");
		String key = "test:" + UUID.randomUUID();
		Email email = Email.of(to, "Confirm", "Please confirm.");

		assertThat(this.emails.queue(key, email)).isTrue();
		assertThat(this.emails.queue(key, email)).isFalse();

		awaitMessageTo(to);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.emails.delivery(key).map(EmailDelivery::state).orElseThrow() == EmailDelivery.State.SENT);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(messagesTo(to)).hasSize(1));
	}

	@Test
	void anAddressIsNeverStoredInClearNorLoggedAndIsErasedOnceSent(CapturedOutput output) throws Exception {
		String to = unique("secret");
		String key = "test:" + UUID.randomUUID();

		this.emails.queue(key, Email.of(to, "Hello", "Hello."));
		assertThat(rowAsText(key)).doesNotContain(to);

		awaitMessageTo(to);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.sql("SELECT recipient IS NULL FROM email_outbox WHERE key = :key")
				.param("key", key)
				.query(Boolean.class)
				.single());
		assertThat(output.getAll()).doesNotContain(to);
	}

	@Test
	void anUnreachableServerIsRetriedWithBackoffAndTheEmailGoesOutWhenItIsBack(CapturedOutput output) throws Exception {
		String to = unique("patient");
		String key = "test:" + UUID.randomUUID();
		TestMailServer.stop();
		try {
			this.emails.queue(key, Email.of(to, "Retry", "Sent after a retry."));
			await().atMost(Duration.ofSeconds(10)).until(() -> this.emails.delivery(key).orElseThrow().attempts() >= 1);
			EmailDelivery waiting = this.emails.delivery(key).orElseThrow();
			assertThat(waiting.state()).isEqualTo(EmailDelivery.State.QUEUED);
			assertThat(waiting.lastError()).isEqualTo("The SMTP server could not be reached.");
		}
		finally {
			TestMailServer.start();
		}

		awaitMessageTo(to);
		assertThat(this.emails.delivery(key)).hasValueSatisfying((delivery) -> {
			assertThat(delivery.state()).isEqualTo(EmailDelivery.State.SENT);
			assertThat(delivery.attempts()).isGreaterThanOrEqualTo(2);
		});
		assertThat(output.getAll()).doesNotContain(to);
	}

	@Test
	void anUnknownKeyHasNoDelivery() {
		assertThat(this.emails.delivery("test:never-queued")).isEmpty();
	}

	private MimeMessage awaitMessageTo(String to) throws Exception {
		await().atMost(Duration.ofSeconds(15)).until(() -> !messagesTo(to).isEmpty());
		return messagesTo(to).get(0);
	}

	private static List<MimeMessage> messagesTo(String to) throws Exception {
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
			for (Address address : message.getAllRecipients()) {
				if (address.toString().equals(to)) {
					mine.add(message);
				}
			}
		}
		return mine;
	}

	private String rowAsText(String key) {
		return this.jdbc.sql("SELECT e::text FROM email_outbox e WHERE key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
