package org.satellite.messaging.internal.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.Sealed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker that sends the SMS outbox: claims a batch of due messages, submits them through the gateway with up to
 * {@code window} outstanding, and records each outcome as soon as it is known. Any number of dispatchers on any
 * number of nodes can run at once: a message is claimed by one of them only.
 *
 * <p>
 * Messages are marked sent in groups of {@value #MARK_EVERY} as the SMS centre accepts them, so a worker that dies
 * leaves at most one group unrecorded; their lease runs out and another worker sends them again. That is the only
 * way a message can go twice (see decision 0031).
 */
public class SmsDispatcher {

	private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

	static final int MARK_EVERY = 100;

	private final OutboxRows rows;

	private final SmppGateway gateway;

	private final FieldCipher cipher;

	private final SmsSettings settings;

	private final String worker = "sms-" + UUID.randomUUID().toString().substring(0, 8);

	private final ExecutorService senders;

	private ScheduledExecutorService loop;

	public SmsDispatcher(OutboxRows rows, SmppGateway gateway, FieldCipher cipher, SmsSettings settings) {
		this.rows = rows;
		this.gateway = gateway;
		this.cipher = cipher;
		this.settings = settings;
		this.senders = Executors.newFixedThreadPool(Math.max(1, settings.window()), (task) -> {
			Thread thread = new Thread(task, this.worker + "-sender");
			thread.setDaemon(true);
			return thread;
		});
	}

	public String worker() {
		return this.worker;
	}

	/**
	 * Starts polling the outbox in the background.
	 */
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, this.worker + "-dispatch");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(50, this.settings.pollInterval().toMillis());
		this.loop.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
	}

	public synchronized void stop() {
		if (this.loop != null) {
			this.loop.shutdownNow();
			this.loop = null;
		}
		this.senders.shutdownNow();
	}

	void drain() {
		try {
			this.gateway.keepConnected();
			while (this.gateway.connected() && dispatchBatch() > 0) {
				// keep going while there is work and a connection
			}
		}
		catch (RuntimeException ex) {
			log.error("The SMS worker failed; it tries again at its next poll", ex);
		}
	}

	/**
	 * Claims one batch and sends it; returns how many messages it claimed.
	 */
	public int dispatchBatch() {
		if (!this.gateway.connected()) {
			return 0;
		}
		List<OutboxRows.Claimed> claimed = this.rows.claim(this.worker, this.settings.batchSize(), this.settings.lease());
		sendAll(claimed);
		return claimed.size();
	}

	/**
	 * Sends claimed messages with up to {@code window} at once, and records them as sent in groups of
	 * {@value #MARK_EVERY}, each group in one batch: far fewer commits than one per message. A worker killed in
	 * between leaves at most one group accepted but not recorded (decision 0031).
	 */
	public void sendAll(List<OutboxRows.Claimed> claimed) {
		List<Future<Outcome>> sending = new ArrayList<>(claimed.size());
		for (OutboxRows.Claimed message : claimed) {
			sending.add(this.senders.submit(() -> submit(message)));
		}
		java.util.Map<Long, List<String>> sent = new java.util.LinkedHashMap<>();
		try {
			for (Future<Outcome> future : sending) {
				Outcome outcome;
				try {
					outcome = future.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					log.error("Sending one SMS failed unexpectedly", ex.getCause());
					continue;
				}
				if (outcome.messageIds() != null) {
					sent.put(outcome.id(), outcome.messageIds());
					if (sent.size() >= MARK_EVERY) {
						this.rows.markAllSent(this.worker, sent);
						sent.clear();
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.rows.markAllSent(this.worker, sent);
		}
	}

	/**
	 * Sends one claimed message and records what became of it.
	 */
	public void send(OutboxRows.Claimed message) {
		sendAll(List.of(message));
	}

	/**
	 * Submits one message; a failure is recorded here, a success is returned to be recorded with others.
	 */
	private Outcome submit(OutboxRows.Claimed message) {
		try {
			String to = this.cipher.open(SmsNumbers.OUTBOX_PURPOSE, Sealed.fromStored(message.toSealed()));
			return new Outcome(message.id(), this.gateway.submit(to, message.text()));
		}
		catch (SmppGateway.SubmitFailure failure) {
			switch (failure.kind()) {
				case NOT_CONNECTED -> this.rows.release(message.id(), this.worker, failure.getMessage());
				case REFUSED -> this.rows.markAttemptFailed(message.id(), this.worker, message.attempts(),
						this.settings.maxAttempts(), this.settings.retryDelay(), failure.getMessage());
				case PERMANENT -> this.rows.markAttemptFailed(message.id(), this.worker, Integer.MAX_VALUE,
						this.settings.maxAttempts(), this.settings.retryDelay(), failure.getMessage());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.rows.release(message.id(), this.worker, "The worker stopped");
		}
		return new Outcome(message.id(), null);
	}

	private record Outcome(long id, List<String> messageIds) {
	}

}
