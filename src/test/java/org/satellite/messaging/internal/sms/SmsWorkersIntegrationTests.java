package org.satellite.messaging.internal.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.messaging.OutgoingSms;
import org.satellite.messaging.SmsOutbox;
import org.satellite.messaging.TestPhones;
import org.satellite.messaging.TestSmsc;
import org.satellite.privacy.FieldCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several SMS workers at once, as on several application nodes, each with its own bind to
 * the SMS centre; and a worker that dies in the middle of a batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SmsWorkersIntegrationTests {

	@Autowired
	SmsOutbox outbox;

	@Autowired
	OutboxRows rows;

	@Autowired
	FieldCipher cipher;

	@Autowired
	SmsSettings settings;

	@Autowired
	InboundMessages inbound;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GatewayOutages outages;

	@Autowired
	SmsMeters meters;

	@Autowired
	TransactionTemplate transactions;

	TestSmsc smsc = TestSmsc.shared();

	@Test
	void threeNodesSendingOneBatchSendEachMessageOnce() throws Exception {
		String batch = "nodes-" + UUID.randomUUID();
		List<String> phones = phones(300);
		List<Node> nodes = List.of(node(20), node(20));
		nodes.forEach((node) -> node.dispatcher().start());
		try {
			this.outbox.queueAll(batch, messages(batch, phones));

			awaitFinished(batch);
		}
		finally {
			nodes.forEach(Node::stop);
		}

		for (String phone : phones) {
			assertThat(this.smsc.messagesTo(phone)).as("messages to one subscriber").containsExactly("Alert " + batch);
		}
		assertThat(this.jdbc.sql("SELECT count(DISTINCT claimed_by) FROM sms_outbox WHERE batch = :batch")
			.param("batch", batch)
			.query(Long.class)
			.single()).as("workers that sent part of the batch").isGreaterThanOrEqualTo(2);
	}

	/**
	 * The crash is simulated in the process: a worker claims a batch of 100, sends 40 and
	 * then stops dead, with no chance to give the other 60 back (as when its node is
	 * killed). When its lease runs out (moved forward here instead of waiting two
	 * minutes), the application's own worker takes the 60 over.
	 */
	@Test
	void aWorkerThatDiesMidBatchLeavesTheRestToOthersAndNothingGoesTwice() {
		String batch = "crash-" + UUID.randomUUID();
		List<String> phones = phones(100);
		Node crashing = node(100);
		List<OutboxRows.Claimed> claimed = this.transactions.execute((status) -> {
			this.outbox.queueAll(batch, messages(batch, phones));
			return this.rows.claim(crashing.dispatcher().worker(), 100, Duration.ofMinutes(2));
		});
		assertThat(claimed).hasSize(100);
		crashing.gateway().keepConnected();

		claimed.subList(0, 40).forEach(crashing.dispatcher()::send);
		crashing.stop();
		assertThat(this.outbox.progress(batch).sending()).isEqualTo(60);

		this.jdbc.sql(
				"UPDATE sms_outbox SET claimed_until = program_now() - interval '1 second' WHERE batch = :batch AND state = 'SENDING'")
			.param("batch", batch)
			.update();
		awaitFinished(batch);

		for (String phone : phones) {
			assertThat(this.smsc.messagesTo(phone)).as("messages to one subscriber").containsExactly("Alert " + batch);
		}
	}

	Node node(int batchSize) {
		SmsSettings small = this.settings.with(this.settings.window(), this.settings.rate(), batchSize,
				this.settings.pollInterval());
		SmppGateway gateway = new SmppGateway(small, this.inbound, Clock.systemUTC(),
				new SendRate(this.jdbc, small.rate()), this.outages, this.meters, "test-node");
		return new Node(gateway, new SmsDispatcher(this.rows, gateway, this.cipher, small));
	}

	void awaitFinished(String batch) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.outbox.progress(batch).finished() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(this.outbox.progress(batch).finished()).as("every message of the batch has left").isTrue();
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

	record Node(SmppGateway gateway, SmsDispatcher dispatcher) {

		void stop() {
			this.dispatcher.stop();
			this.gateway.close();
		}

	}

}
