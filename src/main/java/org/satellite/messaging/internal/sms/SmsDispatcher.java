package org.satellite.messaging.internal.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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
 * Accepted messages are marked sent by group commit: whenever the previous mark has committed, everything the SMS
 * centre accepted in the meantime is marked in one statement. A slow flow is recorded message by message; a fast one
 * in large groups, so the database keeps up. A worker killed outright leaves unrecorded only what the SMS centre
 * accepted during the last commit; their lease runs out and another worker sends them again. That is the only way a
 * message can go twice (see decision 0031).
 *
 * <p>
 * {@link #stop()} is graceful: no new batch is claimed, no new message is submitted, the submits in flight are
 * answered and recorded, and the rest of the batch is given back untried for the next start or another node.
 */
public class SmsDispatcher {

	private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

	/** How long {@link #stop()} waits for the submits in flight to be answered and recorded. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final OutboxRows rows;

	private final SmppGateway gateway;

	private final FieldCipher cipher;

	private final SmsSettings settings;

	private final String worker = "sms-" + UUID.randomUUID().toString().substring(0, 8);

	private final ExecutorService senders;

	private volatile boolean stopping;

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
		this.stopping = false;
		this.loop = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, this.worker + "-dispatch");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(50, this.settings.pollInterval().toMillis());
		this.loop.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Stops after the submits in flight are answered and recorded; what was claimed and not submitted goes back to
	 * the queue. Waits at most {@link #STOP_WAIT}, then interrupts.
	 */
	public synchronized void stop() {
		this.stopping = true;
		if (this.loop != null) {
			this.loop.shutdown();
			awaitOrInterrupt(this.loop);
			this.loop = null;
		}
		this.senders.shutdown();
		awaitOrInterrupt(this.senders);
	}

	private static void awaitOrInterrupt(ExecutorService executor) {
		try {
			if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	void drain() {
		try {
			this.gateway.keepConnected();
			while (!this.stopping && this.gateway.connected() && dispatchBatch() > 0) {
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
		if (this.stopping || !this.gateway.connected()) {
			return 0;
		}
		List<OutboxRows.Claimed> claimed = this.rows.claim(this.worker, this.settings.batchSize(), this.settings.lease());
		sendAll(claimed);
		return claimed.size();
	}

	/**
	 * Sends claimed messages with up to {@code window} at once and records those the SMS centre accepted by group
	 * commit: each mark takes everything accepted since the previous one.
	 */
	public void sendAll(List<OutboxRows.Claimed> claimed) {
		BlockingQueue<Outcome> answered = new LinkedBlockingQueue<>();
		for (OutboxRows.Claimed message : claimed) {
			this.senders.execute(() -> answered.add(submitOrRecord(message)));
		}
		Map<Long, List<String>> accepted = new LinkedHashMap<>();
		List<Outcome> ready = new ArrayList<>();
		int waiting = claimed.size();
		try {
			while (waiting > 0) {
				ready.add(answered.take());
				answered.drainTo(ready);
				waiting -= ready.size();
				for (Outcome outcome : ready) {
					if (outcome.messageIds() != null) {
						accepted.put(outcome.id(), outcome.messageIds());
					}
				}
				ready.clear();
				this.rows.markAllSent(this.worker, accepted);
				accepted.clear();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answered.drainTo(ready);
			ready.stream()
				.filter((outcome) -> outcome.messageIds() != null)
				.forEach((outcome) -> accepted.put(outcome.id(), outcome.messageIds()));
			this.rows.markAllSent(this.worker, accepted);
		}
	}

	/**
	 * Sends one claimed message and records what became of it.
	 */
	public void send(OutboxRows.Claimed message) {
		sendAll(List.of(message));
	}

	private Outcome submitOrRecord(OutboxRows.Claimed message) {
		try {
			return submit(message);
		}
		catch (RuntimeException ex) {
			// Counted as a failed attempt, so that a message that can never go (its sealed number no longer opens,
			// say) ends up reported failed instead of going round for ever.
			log.error("Sending one SMS failed unexpectedly; it is tried again later, then reported failed", ex);
			this.rows.markAttemptFailed(message.id(), this.worker, message.attempts(), this.settings.maxAttempts(),
					this.settings.retryDelay(), "Could not be sent: " + ex.getClass().getSimpleName());
			return new Outcome(message.id(), null);
		}
	}

	/**
	 * Submits one message; a failure is recorded here, a success is returned to be recorded with others. Once the
	 * worker is stopping, a message not yet submitted is given back untried.
	 */
	private Outcome submit(OutboxRows.Claimed message) {
		if (this.stopping) {
			this.rows.release(message.id(), this.worker, null);
			return new Outcome(message.id(), null);
		}
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
