package org.satellite.messaging.internal.sms;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsmpp.bean.AlertNotification;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the SMS centre sends us: delivery receipts, applied to the outbox, and messages people sent, routed by keyword
 * with the reply queued in the same transaction. The deliver_sm is acknowledged only after that transaction
 * committed; when it fails the SMS centre is told so and delivers the message again.
 */
public class InboundMessages implements MessageReceiverListener {

	private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

	/** SMPP 3.4 ESME_RSYSERR: tells the SMS centre to try again later. */
	private static final int SYSTEM_ERROR = 0x08;

	private final OutboxRows rows;

	private final SmsNumbers numbers;

	private final KeywordRouter router;

	private final TransactionTemplate transactions;

	public InboundMessages(OutboxRows rows, SmsNumbers numbers, KeywordRouter router, TransactionTemplate transactions) {
		this.rows = rows;
		this.numbers = numbers;
		this.router = router;
		this.transactions = transactions;
	}

	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
		try {
			if (deliverSm.isSmscDeliveryReceipt()) {
				DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
				DeliveryReceiptState state = receipt.getFinalStatus();
				if (state == DeliveryReceiptState.DELIVRD) {
					this.rows.applyReceipt(receipt.getId(), true, null);
				}
				else if (state == DeliveryReceiptState.UNDELIV || state == DeliveryReceiptState.REJECTD
						|| state == DeliveryReceiptState.EXPIRED || state == DeliveryReceiptState.DELETED) {
					this.rows.applyReceipt(receipt.getId(), false, "Not delivered: " + state.name());
				}
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
			receive(deliverSm.getSourceAddr(), SmsEncoding.decode(deliverSm.getDataCoding(), body, header));
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
		try {
			return this.transactions.execute((status) -> {
				Optional<String> reply = this.router.route(from.get(), text);
				reply.ifPresent((words) -> queueReply(from.get(), words));
				return reply;
			});
		}
		catch (org.satellite.platform.Refusal refusal) {
			// A handler refused after it began to write: nothing it did is kept, and the sender still gets an answer
			// instead of the SMS centre delivering the same message again and again.
			log.warn("An SMS handler refused a message ({}); nothing was changed", refusal.messageCode());
			String reply = this.router.failed();
			this.transactions.executeWithoutResult((status) -> queueReply(from.get(), reply));
			return Optional.of(reply);
		}
	}

	private void queueReply(String to, String words) {
		this.rows.insert("reply", List.of(new OutboxRows.Row("reply:" + UUID.randomUUID(), this.numbers.seal(to),
				this.numbers.hash(to), words)));
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// Nothing to do: Satellite does not wait for phones to come back in range.
	}

	@Override
	public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not supported", 0x03);
	}

}
