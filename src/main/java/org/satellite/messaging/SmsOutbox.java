package org.satellite.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.satellite.messaging.internal.SmsDelivery;
import org.satellite.messaging.internal.sms.GatewayOutages;
import org.satellite.messaging.internal.sms.OutboxReports;
import org.satellite.messaging.internal.sms.OutboxRows;
import org.satellite.messaging.internal.sms.SmppGateway;
import org.satellite.messaging.internal.sms.SmsDispatcher;
import org.satellite.messaging.internal.sms.SmsNumbers;
import org.satellite.messaging.internal.sms.SmsParts;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable SMS outbox. {@code queue} writes in the caller's transaction, so a message
 * is queued exactly when what caused it commits; workers on every node send it over SMPP,
 * retry it with back-off and record its delivery receipt. A key is used once: queueing it
 * again queues nothing, which is what makes a fan-out safe to repeat.
 */
@Service
public class SmsOutbox {

	private final OutboxRows rows;

	private final SmsNumbers numbers;

	private final ObjectProvider<SmppGateway> gateway;

	private final SmsParts parts;

	private final GatewayOutages outages;

	private final OutboxReports reports;

	private final ObjectProvider<SmsDispatcher> dispatcher;

	SmsOutbox(OutboxRows rows, SmsNumbers numbers, ObjectProvider<SmppGateway> gateway, SmsParts parts,
			GatewayOutages outages, ObjectProvider<SmsDispatcher> dispatcher, OutboxReports reports) {
		this.reports = reports;
		this.outages = outages;
		this.dispatcher = dispatcher;
		this.rows = rows;
		this.numbers = numbers;
		this.gateway = gateway;
		this.parts = parts;
	}

	/**
	 * Queues one SMS; returns false when its key was queued before.
	 * @param batch what the message belongs to, for {@link #progress(String)}; may be
	 * {@code null}
	 */
	@Transactional
	public boolean queue(String batch, OutgoingSms sms) {
		return queueAll(batch, List.of(sms)) == 1;
	}

	/**
	 * Queues many SMS at once; returns how many were new.
	 */
	@Transactional
	public int queueAll(String batch, List<OutgoingSms> messages) {
		List<OutboxRows.Row> rows = new ArrayList<>(messages.size());
		for (OutgoingSms sms : messages) {
			String to = this.numbers.normalise(sms.to()).orElseThrow(() -> new Refusal("messaging.error.badPhone"));
			if (sms.text() == null || sms.text().isBlank() || sms.text().length() > 1600) {
				throw new Refusal("messaging.error.badText");
			}
			rows.add(new OutboxRows.Row(sms.key(), this.numbers.seal(to), this.numbers.hash(to), sms.text()));
		}
		int added = this.rows.insert(batch, rows);
		if (added > 0) {
			wakeTheWorkerAfterCommit();
		}
		return added;
	}

	/**
	 * This node's worker looks for the new messages as soon as they are committed, rather
	 * than at its next poll: the first SMS of an alert leaves within a second of its
	 * issue.
	 */
	private void wakeTheWorkerAfterCommit() {
		SmsDispatcher worker = this.dispatcher.getIfAvailable();
		if (worker == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake();
				}
			});
		}
		else {
			worker.wake();
		}
	}

	/**
	 * Cancels every message still waiting for this number, at once, and deletes the parts
	 * of long messages it sent that are still waiting for the rest: for STOP.
	 * @return how many messages were cancelled
	 */
	@Transactional
	public int cancelAllTo(String phone) {
		return this.numbers.normalise(phone).map((to) -> {
			String hash = this.numbers.hash(to);
			this.parts.forgetSender(hash);
			return this.rows.cancelPendingTo(hash);
		}).orElse(0);
	}

	public Optional<SmsDelivery> delivery(String key) {
		return this.reports.find(key);
	}

	public DeliveryProgress progress(String batch) {
		return this.reports.progress(batch);
	}

	/**
	 * The SMS of a batch in detail: counts by state, how the finished ones ended, how
	 * often the SMS centre asked to slow down, and the times it could not be reached
	 * while they went out (kept after the outage ended).
	 */
	public SmsBatchReport report(String batch) {
		DeliveryProgress progress = this.reports.progress(batch);
		OutboxReports.BatchOutcomes outcomes = this.reports.outcomes(batch);
		List<SmsOutage> outages = (outcomes.firstQueued() != null)
				? this.outages.between(outcomes.firstQueued(), outcomes.lastDone()) : List.of();
		return new SmsBatchReport(progress, outcomes.counts(), outcomes.throttled(), outages);
	}

	public SmsGatewayStatus gateway() {
		return this.gateway.getObject().status();
	}

}
