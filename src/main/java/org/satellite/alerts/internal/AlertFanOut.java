package org.satellite.alerts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.satellite.alerts.AlertFannedOut;
import org.satellite.alerts.AlertIssued;
import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.alerts.internal.Subscribers.Recipient;
import org.satellite.messaging.Emails;
import org.satellite.messaging.OutgoingSms;
import org.satellite.messaging.SmsOutbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issued alert to its subscribers: first records who it goes to (the subscribers
 * it matches, or for an update or cancellation everyone who got the alert it changes),
 * then queues one message per recipient and channel, a thousand per transaction, each in
 * the recipient's language.
 *
 * <p>
 * Every step can be repeated: recipients are unique per alert, messages are queued under
 * the key {@code alert:<alert>:<subscriber>:<channel>} which the outbox accepts once, and
 * recipients are queued in subscriber order with the last one queued recorded on the
 * alert in the same transaction. When the node dies in the middle, the event publication
 * registry hands the event again at restart and the fan-out resumes after that
 * subscriber.
 */
@Component
public class AlertFanOut {

	static final int CHUNK = 1000;

	/**
	 * The first chunk is small, so that the first SMS of an alert can leave while the
	 * rest is still being queued (issue 15: within a second of the approval that issues
	 * it).
	 */
	static final int FIRST_CHUNK = 50;

	private final Alerts alerts;

	private final Subscribers subscribers;

	private final Contacts contacts;

	private final SmsOutbox sms;

	private final AlertMessages messages;

	private final TransactionTemplate chunks;

	private final Emails emails;

	private final AlertEmails emailTexts;

	private final ApplicationEventPublisher events;

	AlertFanOut(Alerts alerts, Subscribers subscribers, Contacts contacts, SmsOutbox sms, AlertMessages messages,
			PlatformTransactionManager transactions, Emails emails, AlertEmails emailTexts,
			ApplicationEventPublisher events) {
		this.events = events;
		this.emails = emails;
		this.emailTexts = emailTexts;
		this.alerts = alerts;
		this.subscribers = subscribers;
		this.contacts = contacts;
		this.sms = sms;
		this.messages = messages;
		this.chunks = new TransactionTemplate(transactions);
		this.chunks.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(AlertIssued event) {
		fanOut(event.alertId());
	}

	/**
	 * Queues the alert for everyone it is for who has nothing queued yet; returns how
	 * many were queued now.
	 */
	public int fanOut(UUID alertId) {
		Alert alert = this.alerts.find(alertId).orElseThrow();
		this.chunks.executeWithoutResult((status) -> {
			if (alert.kind() != AlertKind.CANCEL) {
				this.subscribers.addMatchingRecipients(alert);
			}
			if (alert.refersTo() != null) {
				this.subscribers.addRecipientsOf(alert.refersTo(), alert.id());
			}
		});
		int queued = 0;
		long after = this.subscribers.queuedThrough(alert.id());
		List<Recipient> chunk;
		int size = FIRST_CHUNK;
		do {
			long from = after;
			int limit = size;
			chunk = this.chunks.execute((status) -> queueChunk(alert, from, limit));
			queued += chunk.size();
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).id();
			if (chunk.size() < size) {
				break;
			}
			size = CHUNK;
		}
		while (true);
		this.events.publishEvent(new AlertFannedOut(alert.id(), alert.issuedAt(), queued));
		return queued;
	}

	/**
	 * Queues the messages of the next recipients after the subscriber {@code after};
	 * answers who they were.
	 */
	private List<Recipient> queueChunk(Alert alert, long after, int size) {
		List<Recipient> recipients = this.subscribers.recipientsAfter(alert.id(), after, size);
		Alert changed = (alert.refersTo() != null) ? this.alerts.find(alert.refersTo()).orElse(null) : null;
		List<OutgoingSms> texts = new ArrayList<>();
		for (Recipient recipient : recipients) {
			if (recipient.channel() == Channel.SMS) {
				texts.add(new OutgoingSms("alert:" + alert.id() + ":" + recipient.id() + ":SMS",
						this.contacts.open(Channel.SMS, recipient.contactSealed()),
						this.messages.sms(alert, recipient.language())));
			}
		}
		for (Recipient recipient : recipients) {
			if (recipient.channel() == Channel.EMAIL) {
				this.emails.queue(batchOf(alert.id()), "alert:" + alert.id() + ":" + recipient.id() + ":EMAIL",
						this.emailTexts.of(alert, changed, this.contacts.open(Channel.EMAIL, recipient.contactSealed()),
								recipient.id(), recipient.language()));
			}
		}
		this.sms.queueAll(batchOf(alert.id()), texts);
		if (!recipients.isEmpty()) {
			this.subscribers.markQueuedThrough(alert.id(), recipients.get(recipients.size() - 1).id(),
					recipients.size());
		}
		return recipients;
	}

	/** The outbox batch of an alert's messages, for its delivery page. */
	public static String batchOf(UUID alertId) {
		return "alert:" + alertId;
	}

}
