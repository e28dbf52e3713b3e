package org.satellite.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.internal.SmsState;
import org.satellite.messaging.internal.sms.SmsMeters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS channel against an SMS centre that behaves like real ones: it throttles above
 * its contract, refuses single messages for good or for now, refuses the bind's right to
 * submit, sends every kind of delivery receipt (or none), and hangs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SmsCentreAnswersIntegrationTests {

	@Autowired
	SmsOutbox outbox;

	@Autowired
	SmsMeters meters;

	TestSmsc smsc = TestSmsc.shared();

	@AfterEach
	void behaveAgain() {
		this.smsc.throttleAbove(Integer.MAX_VALUE);
		this.smsc.refuseSubmissionsWith(0);
		this.smsc.answerAgain();
	}

	@Test
	void throttlingSlowsTheSenderAndNeverFailsAMessage() throws Exception {
		String batch = "throttled-" + UUID.randomUUID();
		List<String> phones = phones(60);
		long throttledBefore = this.meters.count("satellite.sms.submits", "throttled");
		this.smsc.throttleAbove(20);

		this.outbox.queueAll(batch, messages(batch, phones));

		await(Duration.ofSeconds(60), () -> this.outbox.progress(batch).finished());
		for (String phone : phones) {
			assertThat(this.smsc.messagesTo(phone)).as("messages to one phone").containsExactly("Alert " + batch);
		}
		SmsBatchReport report = this.outbox.report(batch);
		assertThat(report.progress().failed()).as("messages failed for being throttled").isZero();
		assertThat(report.throttled()).as("times the SMS centre asked to slow down").isPositive();
		assertThat(this.meters.count("satellite.sms.submits", "throttled") - throttledBefore)
			.as("throttled answers counted in the metrics")
			.isEqualTo(report.throttled());
	}

	@Test
	void permanentRefusalsEndTheMessageAtOnceWithTheirReason() throws Exception {
		String batch = "refused-" + UUID.randomUUID();
		String invalid = TestPhones.next();
		String barred = TestPhones.next();
		String unknown = TestPhones.next();
		String fine = TestPhones.next();
		this.smsc.refuse(invalid, 0x0B);
		this.smsc.refuse(barred, 0x40A);
		this.smsc.refuse(unknown, 0x401);

		this.outbox.queueAll(batch, messages(batch, List.of(invalid, barred, unknown, fine)));

		await(Duration.ofSeconds(30), () -> this.outbox.progress(batch).finished());
		SmsBatchReport report = this.outbox.report(batch);
		assertThat(report.count(SmsOutcome.INVALID_DESTINATION)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.BARRED)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.UNKNOWN_SUBSCRIBER)).isEqualTo(1);
		assertThat(this.outbox.delivery(batch + ":" + barred).orElseThrow().attempts()).as("tried once, not again")
			.isEqualTo(1);
		assertThat(this.smsc.attempts().stream().filter((attempt) -> attempt.to().equals(unknown)).count())
			.as("submissions to the unknown number")
			.isEqualTo(1);
		assertThat(this.smsc.messagesTo(fine)).containsExactly("Alert " + batch);
		List.of(invalid, barred, unknown).forEach((phone) -> this.smsc.refuse(phone, 0));
	}

	@Test
	void temporaryRefusalsAreTriedAgainUntilTheyPass() throws Exception {
		String phone = TestPhones.next();
		String key = "temporary:" + UUID.randomUUID();
		this.smsc.refuse(phone, 0x45);

		this.outbox.queue("temporary", new OutgoingSms(key, phone, "Again"));

		await(Duration.ofSeconds(10),
				() -> this.smsc.attempts().stream().filter((a) -> a.to().equals(phone)).count() >= 2);
		assertThat(this.outbox.delivery(key).orElseThrow().lastError()).isEqualTo("REFUSED_FOR_NOW 0x45");
		this.smsc.refuse(phone, 0);
		assertThat(this.smsc.awaitMessagesTo(phone, 1)).containsExactly("Again");
	}

	@Test
	void aBindLevelRefusalMakesTheConnectionAgainAndTheMessageGoes() throws Exception {
		String phone = TestPhones.next();
		long binds = this.smsc.binds();
		this.smsc.refuse(phone, 0x04);

		this.outbox.queue("bind", new OutgoingSms("bind:" + UUID.randomUUID(), phone, "After a new bind"));

		await(Duration.ofSeconds(10), () -> this.smsc.binds() > binds);
		this.smsc.refuse(phone, 0);
		assertThat(this.smsc.awaitMessagesTo(phone, 1)).containsExactly("After a new bind");
	}

	@Test
	void receiptsRecordEachFinalStateAndNoReceiptIsNeverDelivered() throws Exception {
		String batch = "receipts-" + UUID.randomUUID();
		List<String> phones = phones(6);
		List<TestSmsc.Receipt> kinds = List.of(TestSmsc.Receipt.DELIVERED, TestSmsc.Receipt.EXPIRED,
				TestSmsc.Receipt.UNDELIVERABLE, TestSmsc.Receipt.REJECTED, TestSmsc.Receipt.UNKNOWN_SUBSCRIBER,
				TestSmsc.Receipt.NONE);
		for (int i = 0; i < phones.size(); i++) {
			this.smsc.receiptFor(phones.get(i), kinds.get(i));
		}

		this.outbox.queueAll(batch, messages(batch, phones));

		await(Duration.ofSeconds(30), () -> this.outbox.report(batch).outcomes().size() == 5);
		SmsBatchReport report = this.outbox.report(batch);
		assertThat(report.count(SmsOutcome.DELIVERED)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.EXPIRED)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.UNDELIVERABLE)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.REJECTED)).isEqualTo(1);
		assertThat(report.count(SmsOutcome.UNKNOWN_SUBSCRIBER)).isEqualTo(1);
		assertThat(report.progress().delivered()).isEqualTo(1);
		assertThat(report.progress().sent()).as("sent, not confirmed: the one with no receipt").isEqualTo(1);
		assertThat(this.outbox.delivery(batch + ":" + phones.get(5)).orElseThrow().state()).isEqualTo(SmsState.SENT);
	}

	@Test
	void aHungSmsCentreHasItsSessionReplacedAndTheMessagesInFlightGoOnceItAnswers() throws Exception {
		String batch = "hung-" + UUID.randomUUID();
		List<String> phones = phones(5);
		long binds = this.smsc.binds();
		long noAnswer = this.meters.count("satellite.sms.submits", "no_answer");
		this.smsc.hang();

		this.outbox.queueAll(batch, messages(batch, phones));

		await(Duration.ofSeconds(20),
				() -> this.meters.count("satellite.sms.submits", "no_answer") > noAnswer && this.smsc.binds() > binds);
		assertThat(this.outbox.report(batch).outages()).as("the time it did not answer, kept for the delivery page")
			.anySatisfy((outage) -> assertThat(outage.problem()).isEqualTo(SmsProblem.NOT_ANSWERING.name()));
		assertThat(this.outbox.progress(batch).failed()).as("messages failed for a lost answer").isZero();
		this.smsc.answerAgain();

		await(Duration.ofSeconds(30), () -> this.outbox.progress(batch).finished());
		for (String phone : phones) {
			assertThat(this.smsc.messagesTo(phone)).as("messages to one phone").containsExactly("Alert " + batch);
		}
		assertThat(this.outbox.report(batch).outages()).as("the time it did not answer, kept for the delivery page")
			.anySatisfy((outage) -> assertThat(outage.problem()).isEqualTo(SmsProblem.NOT_ANSWERING.name()));
	}

	static List<String> phones(int count) {
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			phones.add(TestPhones.next());
		}
		return phones;
	}

	static List<OutgoingSms> messages(String batch, List<String> phones) {
		return phones.stream().map((phone) -> new OutgoingSms(batch + ":" + phone, phone, "Alert " + batch)).toList();
	}

	static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s s", limit.toSeconds()).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
