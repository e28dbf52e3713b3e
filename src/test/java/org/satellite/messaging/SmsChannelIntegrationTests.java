package org.satellite.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.satellite.messaging.internal.SmsDelivery;
import org.satellite.messaging.internal.SmsState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SmsChannelIntegrationTests {

	@Autowired
	SmsOutbox outbox;

	TestSmsc smsc = TestSmsc.shared();

	@AfterEach
	void healSmsCentre() {
		this.smsc.refuseConnections(false);
		this.smsc.refuseSubmissionsWith(0);
	}

	@Test
	void queuedSmsReachesThePhoneAndItsReceiptMarksItDelivered() {
		String phone = TestPhones.next();
		String key = "test:" + UUID.randomUUID();

		this.outbox.queue("test", new OutgoingSms(key, phone, "Fentanyl found in pressed pills. Text STOP to stop."));

		assertThat(this.smsc.awaitMessagesTo(phone, 1))
			.containsExactly("Fentanyl found in pressed pills. Text STOP to stop.");
		assertThat(await(key, (delivery) -> delivery.state() == SmsState.DELIVERED).segments()).isEqualTo(1);
	}

	@Test
	void longFrenchTextGoesOutInUnicodeSegmentsAndArrivesWhole() {
		String phone = TestPhones.next();
		String text = "Alerte urgente : des comprimés vendus comme oxycodone contiennent des nitazènes. "
				+ "Ne consommez pas seul·e, gardez la naloxone près de vous, testez d’abord une petite quantité. "
				+ "Texto ARRÊT pour arrêter.";

		this.outbox.queue("test", new OutgoingSms("test:" + UUID.randomUUID(), phone, text));

		assertThat(this.smsc.awaitMessagesTo(phone, 1)).containsExactly(text);
		List<TestSmsc.Submitted> parts = this.smsc.submitted()
			.stream()
			.filter((part) -> part.to().equals(phone))
			.toList();
		assertThat(parts).hasSize(SmsLength.of(text).segments()).hasSizeGreaterThan(1);
		assertThat(parts).allSatisfy((part) -> assertThat(part.dataCoding()).isEqualTo((byte) 8));
	}

	@Test
	void aKeyQueuedTwiceGoesOutOnce() {
		String phone = TestPhones.next();
		String key = "test:" + UUID.randomUUID();

		assertThat(this.outbox.queue("test", new OutgoingSms(key, phone, "Once"))).isTrue();
		assertThat(this.outbox.queue("test", new OutgoingSms(key, phone, "Once"))).isFalse();

		await(key, (delivery) -> delivery.state() == SmsState.DELIVERED);
		assertThat(this.smsc.messagesTo(phone)).containsExactly("Once");
	}

	@Test
	void anSmsCentreThatRefusesConnectionsIsRetriedAndTheMessageWaitsQueued() {
		String phone = TestPhones.next();
		String key = "test:" + UUID.randomUUID();
		this.smsc.refuseConnections(true);
		awaitStatus((status) -> !status.connected() && status.failedAttempts() >= 2);

		this.outbox.queue("test-down", new OutgoingSms(key, phone, "Waiting for the SMS centre"));

		SmsGatewayStatus down = awaitStatus((status) -> status.failedAttempts() >= 3);
		assertThat(down.connected()).isFalse();
		assertThat(down.lastError()).as("why, in a form a page says in words").isEqualTo("UNREACHABLE");
		assertThat(this.outbox.delivery(key).orElseThrow().state()).isEqualTo(SmsState.QUEUED);
		assertThat(this.smsc.messagesTo(phone)).isEmpty();

		this.smsc.refuseConnections(false);

		assertThat(this.smsc.awaitMessagesTo(phone, 1)).containsExactly("Waiting for the SMS centre");
		assertThat(awaitStatus(SmsGatewayStatus::connected).failedAttempts()).isZero();
	}

	@Test
	void refusedSubmissionsAreRetriedWithBackOffAndThenReportedFailed() {
		String phone = TestPhones.next();
		String key = "test:" + UUID.randomUUID();
		this.smsc.refuse(phone, 0x08);

		this.outbox.queue("test-refused", new OutgoingSms(key, phone, "Refused"));

		SmsDelivery failed = await(key, (delivery) -> delivery.state() == SmsState.FAILED);
		this.smsc.refuse(phone, 0);
		assertThat(failed.attempts()).isEqualTo(5);
		assertThat(failed.lastError()).isEqualTo("REFUSED_FOR_NOW 0x8");
		assertThat(this.outbox.progress("test-refused").failed()).isGreaterThanOrEqualTo(1);
	}

	SmsDelivery await(String key, Predicate<SmsDelivery> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		SmsDelivery delivery = this.outbox.delivery(key).orElseThrow();
		while (!condition.test(delivery) && System.nanoTime() < deadline) {
			sleep();
			delivery = this.outbox.delivery(key).orElseThrow();
		}
		assertThat(condition).accepts(delivery);
		return delivery;
	}

	SmsGatewayStatus awaitStatus(Predicate<SmsGatewayStatus> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		SmsGatewayStatus status = this.outbox.gateway();
		while (!condition.test(status) && System.nanoTime() < deadline) {
			sleep();
			status = this.outbox.gateway();
		}
		assertThat(condition).accepts(status);
		return status;
	}

	static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
