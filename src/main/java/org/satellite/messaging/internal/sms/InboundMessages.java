package org.satellite.messaging.internal.sms;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.satellite.messaging.SmsOutcome;
import org.satellite.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the SMS centre sends us: delivery receipts, applied to the outbox, and messages
 * people sent, routed by keyword with the reply queued in the same transaction. The
 * deliver_sm is acknowledged only after that transaction committed; when it fails the SMS
 * centre is told so and delivers the message again.
 *
 * <p>
 * A long SMS arrives in several deliver_sm, each marked with its place in the message (a
 * user data header or the SAR parameters). Each part is decoded with its own data coding
 * and kept in {@link SmsParts}; the part that makes the message whole routes the whole
 * text once, in the transaction that stored it. A part whose header cannot be right is
 * acknowledged and dropped: nothing is routed and nobody gets a reply.
 */
public class InboundMessages implements MessageReceiverListener {

	private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

	/** SMPP 3.4 ESME_RSYSERR: tells the SMS centre to try again later. */
	private static final int SYSTEM_ERROR = 0x08;

	private final OutboxRows rows;

	private final SmsNumbers numbers;

	private final KeywordRouter router;

	private final TransactionTemplate transactions;

	private final SmsParts parts;

	private final Semaphore atOnce;

	private final SmsMeters meters;

	public InboundMessages(OutboxRows rows, SmsNumbers numbers, KeywordRouter router, TransactionTemplate transactions,
			SmsParts parts, SmsMeters meters, int atOnce) {
		this.meters = meters;
		this.atOnce = new Semaphore(Math.max(1, atOnce));
		this.rows = rows;
		this.numbers = numbers;
		this.router = router;
		this.transactions = transactions;
		this.parts = parts;
	}

	/**
	 * Takes one deliver_sm if fewer than {@code inboundAtOnce} are being handled on this
	 * node; else answers "throttled" (the SMS centre sends it again later), and counts it
	 * either way.
	 */
	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
		if (!this.atOnce.tryAcquire()) {
			this.meters.inbound("throttled");
			throw new ProcessRequestException("busy, send it again later", SubmitStatuses.THROTTLED);
		}
		try {
			handle(deliverSm);
		}
		catch (ProcessRequestException ex) {
			this.meters.inbound("failed");
			throw ex;
		}
		finally {
			this.atOnce.release();
		}
	}

	/**
	 * How a final delivery receipt ends a message. The receipt's {@code err} is the
	 * network's reason; where it holds the GSM MAP errors most SMS centres pass on (1:
	 * unknown subscriber, 13: call barred), the outcome says so. Receipts that are not
	 * final (accepted, en route) change nothing.
	 */
	static SmsOutcome outcomeOf(DeliveryReceipt receipt) {
		DeliveryReceiptState state = receipt.getFinalStatus();
		if (state == null) {
			return null;
		}
		return switch (state) {
			case DELIVRD -> SmsOutcome.DELIVERED;
			case EXPIRED -> SmsOutcome.EXPIRED;
			case UNDELIV -> switch (gsmError(receipt.getError())) {
				case 1 -> SmsOutcome.UNKNOWN_SUBSCRIBER;
				case 13 -> SmsOutcome.BARRED;
				default -> SmsOutcome.UNDELIVERABLE;
			};
			case REJECTD, DELETED -> SmsOutcome.REJECTED;
			default -> null;
		};
	}

	private static int gsmError(String error) {
		try {
			return (error != null) ? Integer.parseInt(error.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private void handle(DeliverSm deliverSm) throws ProcessRequestException {
		try {
			if (deliverSm.isSmscDeliveryReceipt()) {
				SmsOutcome outcome = outcomeOf(deliverSm.getShortMessageAsDeliveryReceipt());
				if (outcome != null) {
					this.rows.applyReceipt(deliverSm.getShortMessageAsDeliveryReceipt().getId(), outcome);
				}
				this.meters.inbound("receipt");
				return;
			}
			byte[] body = deliverSm.getShortMessage();
			if ((body == null || body.length == 0) && deliverSm.getOptionalParameters() != null) {
				for (OptionalParameter parameter : deliverSm.getOptionalParameters()) {
					if (parameter instanceof OptionalParameter.Message_payload payload) {
						body = payload.getValue();
					}
				}
			}
			boolean header = (deliverSm.getEsmClass() & GSMSpecificFeature.UDHI.value()) != 0;
			Optional<SmsSegment> segment;
			try {
				segment = SmsSegment.of(body, header, deliverSm.getOptionalParameters());
			}
			catch (SmsSegment.Malformed ex) {
				log.warn("Dropped an inbound SMS part: {}; nothing was routed", ex.getMessage());
				return;
			}
			String text = SmsEncoding.decode(deliverSm.getDataCoding(), body, header);
			if (segment.isPresent()) {
				receivePart(deliverSm.getSourceAddr(), segment.get(), text);
			}
			else {
				receive(deliverSm.getSourceAddr(), text);
			}
			this.meters.inbound("handled");
		}
		catch (InvalidDeliveryReceiptException ex) {
			log.warn("Ignored a delivery receipt that could not be read");
		}
		catch (RuntimeException ex) {
			log.error("An inbound SMS could not be handled; the SMS centre will deliver it again", ex);
			throw new ProcessRequestException("Could not handle the message", SYSTEM_ERROR);
		}
	}

	/**
	 * Routes one inbound message and queues the reply, in one transaction.
	 */
	public Optional<String> receive(String sourceAddress, String text) {
		Optional<String> from = this.numbers.normalise(sourceAddress);
		if (from.isEmpty()) {
			log.info("Ignored an inbound SMS whose sender is not a number");
			return Optional.empty();
		}
		return route(from.get(), () -> Optional.of(text), () -> {
		});
	}

	/**
	 * Keeps one part of a long message and, when it makes the message whole, routes the
	 * whole text and queues the reply, in one transaction. Until then nothing is routed
	 * and nobody gets a reply.
	 * @param text the part decoded on its own, without its header
	 */
	public Optional<String> receivePart(String sourceAddress, SmsSegment segment, String text) {
		Optional<String> from = this.numbers.normalise(sourceAddress);
		if (from.isEmpty()) {
			log.info("Ignored an inbound SMS part whose sender is not a number");
			return Optional.empty();
		}
		String hash = this.numbers.hash(from.get());
		return route(from.get(), () -> this.parts.add(hash, segment, text), () -> this.parts.discard(hash, segment));
	}

	/**
	 * Routes a whole text, when there is one, and queues its reply in one transaction.
	 * @param whole gives the text to route, or empty when there is nothing to route yet;
	 * called in the transaction
	 * @param forget undoes what {@code whole} kept, when a handler refuses the message
	 */
	private Optional<String> route(String from, Supplier<Optional<String>> whole, Runnable forget) {
		try {
			return this.transactions.execute((status) -> {
				Optional<String> text = whole.get();
				if (text.isEmpty()) {
					return Optional.<String>empty();
				}
				Optional<String> reply = this.router.route(from, text.get());
				reply.ifPresent((words) -> queueReply(from, words));
				return reply;
			});
		}
		catch (Refusal refusal) {
			// A handler refused after it began to write: nothing it did is kept, and the
			// sender still gets an answer
			// instead of the SMS centre delivering the same message again and again.
			log.warn("An SMS handler refused a message ({}); nothing was changed", refusal.messageCode());
			String reply = this.router.failed();
			this.transactions.executeWithoutResult((status) -> {
				forget.run();
				queueReply(from, reply);
			});
			return Optional.of(reply);
		}
	}

	private void queueReply(String to, String words) {
		this.rows.insert("reply", List
			.of(new OutboxRows.Row("reply:" + UUID.randomUUID(), this.numbers.seal(to), this.numbers.hash(to), words)));
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// Nothing to do: Satellite does not wait for phones to come back in range.
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not supported", 0x03);
	}

}
