package org.satellite.messaging.internal.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.satellite.messaging.SmsProblem;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.Sealed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker that sends the SMS outbox: claims a batch of due messages, submits them
 * through the gateway with up to {@code window} outstanding, and records each outcome as
 * soon as it is known. Any number of dispatchers on any number of nodes can run at once:
 * a message is claimed by one of them only.
 *
 * <p>
 * Accepted messages are marked sent by group commit: whenever the previous mark has
 * committed, everything the SMS centre accepted in the meantime is marked in one
 * statement. A slow flow is recorded message by message; a fast one in large groups, so
 * the database keeps up. A worker killed outright leaves unrecorded only what the SMS
 * centre accepted during the last commit; their lease runs out and another worker sends
 * them again. That is the only way a message can go twice (see decision 0031).
 *
 * <p>
 * A claim lasts {@code lease}; while the worker lives it renews the lease of what it
 * still holds every quarter of it, so a node that dies has its messages taken over by
 * another within about one lease, not minutes. A message whose lease this worker failed
 * to renew in time (another worker may have taken it) is not sent from here (decision
 * 0066).
 *
 * <p>
 * {@link #stop()} is graceful: no new batch is claimed, no new message is submitted, the
 * submits in flight are answered and recorded, and the rest of the batch is given back
 * untried for the next start or another node.
 */
public class SmsDispatcher {

	private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

	/**
	 * How long {@link #stop()} waits for the submits in flight to be answered and
	 * recorded.
	 */
	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final OutboxRows rows;

	private final SmppGateway gateway;

	private final FieldCipher cipher;

	private final SmsSettings settings;

	private final String worker = "sms-" + ProcessHandle.current().pid() + "-"
			+ UUID.randomUUID().toString().substring(0, 4);

	/** The claimed messages this worker holds now, whose leases it renews. */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	private final Semaphore wake = new Semaphore(0);

	private ExecutorService senders;

	private volatile boolean stopping;

	private ScheduledExecutorService loop;

	private Future<?> polling;

	public SmsDispatcher(OutboxRows rows, SmppGateway gateway, FieldCipher cipher, SmsSettings settings) {
		this.rows = rows;
		this.gateway = gateway;
		this.cipher = cipher;
		this.settings = settings;
		this.senders = newSenders();
	}

	private ExecutorService newSenders() {
		return Executors.newFixedThreadPool(Math.max(1, this.settings.window()), (task) -> {
			Thread thread = new Thread(task, this.worker + "-sender");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Looks for messages now instead of at the next poll: messages were just queued on
	 * this node.
	 */
	public void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
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
		if (this.senders.isShutdown()) {
			this.senders = newSenders();
		}
		this.loop = Executors.newScheduledThreadPool(2, (task) -> {
			Thread thread = new Thread(task, this.worker + "-dispatch");
			thread.setDaemon(true);
			return thread;
		});
		long renewal = Math.max(100, this.settings.lease().toMillis() / 4);
		this.loop.scheduleWithFixedDelay(this::renewLeases, renewal, renewal, TimeUnit.MILLISECONDS);
		this.polling = this.loop.submit(this::pollUntilStopped);
	}

	/**
	 * Stops after the submits in flight are answered and recorded; what was claimed and
	 * not submitted goes back to the queue. Waits at most {@link #STOP_WAIT}, then
	 * interrupts.
	 */
	public synchronized void stop() {
		this.stopping = true;
		wake();
		if (this.loop != null) {
			// Leases are renewed until the submits in flight are answered and recorded,
			// then renewal stops too.
			try {
				this.polling.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn("The SMS worker did not stop in time; what it holds goes back when its lease runs out");
			}
			this.loop.shutdownNow();
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

	private void pollUntilStopped() {
		long interval = Math.max(50, this.settings.pollInterval().toMillis());
		while (!this.stopping) {
			drain();
			try {
				this.wake.tryAcquire(interval, TimeUnit.MILLISECONDS);
				this.wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Renews the lease of every message this worker holds; forgets those it no longer
	 * holds.
	 */
	void renewLeases() {
		try {
			if (this.held.isEmpty()) {
				return;
			}
			this.held.removeAll(this.rows.renew(this.worker, Set.copyOf(this.held), this.settings.lease()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the lease of the SMS this worker holds: {}", ex.getClass().getSimpleName());
		}
	}

	void drain() {
		try {
			this.gateway.keepConnected();
			this.rows.applyWaitingReceipts();
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
		List<OutboxRows.Claimed> claimed = this.rows.claim(this.worker, this.settings.claimSize(),
				this.settings.lease());
		sendAll(claimed);
		return claimed.size();
	}

	/**
	 * Sends claimed messages with up to {@code window} at once and records those the SMS
	 * centre accepted by group commit: each mark takes everything accepted since the
	 * previous one.
	 */
	public void sendAll(List<OutboxRows.Claimed> claimed) {
		BlockingQueue<Outcome> answered = new LinkedBlockingQueue<>();
		claimed.forEach((message) -> this.held.add(message.id()));
		for (OutboxRows.Claimed message : claimed) {
			this.senders.execute(() -> answered.add(submitOrRecord(message)));
		}
		Map<Long, SmppGateway.Accepted> accepted = new LinkedHashMap<>();
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
				mark(accepted);
				accepted.keySet().forEach(this.held::remove);
				accepted.clear();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answered.drainTo(ready);
			ready.stream()
				.filter((outcome) -> outcome.messageIds() != null)
				.forEach((outcome) -> accepted.put(outcome.id(), outcome.messageIds()));
			mark(accepted);
		}
		finally {
			claimed.forEach((message) -> this.held.remove(message.id()));
		}
	}

	/**
	 * Records accepted messages sent, trying again a few times if the database fails: a
	 * mark that never lands leaves the messages to go again when their lease runs out
	 * (the duplicates decision 0031 counts).
	 */
	private void mark(Map<Long, SmppGateway.Accepted> accepted) {
		for (int attempt = 1;; attempt++) {
			try {
				this.rows.markAllSent(this.worker, accepted);
				return;
			}
			catch (RuntimeException ex) {
				if (attempt >= 5) {
					throw ex;
				}
				log.warn("Recording {} SMS sent failed ({}); trying again", accepted.size(),
						ex.getClass().getSimpleName());
			}
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
			// Counted as a failed attempt, so that a message that can never go (its
			// sealed number no longer opens,
			// say) ends up reported failed instead of going round for ever.
			log.error("Sending one SMS failed unexpectedly; it is tried again later, then reported failed", ex);
			this.rows.markAttemptFailed(message.id(), this.worker, message.attempts(), this.settings.maxAttempts(),
					this.settings.retryDelay(), SmsProblem.INTERNAL.name(), 0);
			return new Outcome(message.id(), null);
		}
	}

	/**
	 * Submits one message; a failure is recorded here, a success is returned to be
	 * recorded with others. Once the worker is stopping, a message not yet submitted is
	 * given back untried; one this worker no longer holds (its lease was taken over) is
	 * left alone.
	 */
	private Outcome submit(OutboxRows.Claimed message) {
		if (!this.held.contains(message.id())) {
			return new Outcome(message.id(), null);
		}
		if (this.stopping) {
			this.rows.release(message.id(), this.worker, null);
			return new Outcome(message.id(), null);
		}
		try {
			String to = this.cipher.open(SmsNumbers.OUTBOX_PURPOSE, Sealed.fromStored(message.toSealed()));
			return new Outcome(message.id(), this.gateway.submit(to, message.text()));
		}
		catch (SmppGateway.SubmitFailure failure) {
			String problem = failure.getMessage();
			int throttled = failure.throttled();
			switch (failure.kind()) {
				case NOT_CONNECTED -> this.rows.release(message.id(), this.worker, problem, Duration.ZERO, throttled);
				case ANSWER_LOST -> this.rows.release(message.id(), this.worker, problem, Duration.ZERO, throttled);
				case THROTTLED ->
					this.rows.release(message.id(), this.worker, problem, this.settings.throttlePause(), throttled);
				case TEMPORARY -> this.rows.markAttemptFailed(message.id(), this.worker, message.attempts(),
						this.settings.maxAttempts(), this.settings.retryDelay(), problem, throttled);
				case PERMANENT ->
					this.rows.markFailed(message.id(), this.worker, failure.outcome(), problem, throttled);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.rows.release(message.id(), this.worker, SmsProblem.INTERNAL.name());
		}
		return new Outcome(message.id(), null);
	}

	private record Outcome(long id, SmppGateway.Accepted messageIds) {
	}

}
