package org.satellite.messaging.internal.sms;

import java.util.Set;

import org.satellite.messaging.SmsOutcome;

/**
 * What an SMS centre's refusal of a submit_sm means for the message, as SMPP 3.4 (section
 * 5.1.3) defines the command statuses: slow down, give this message up, try it again
 * later, or the bind itself is wrong.
 *
 * <ul>
 * <li>Throttling: {@code ESME_RTHROTTLED} (0x58) and {@code ESME_RMSGQFUL} (0x14) ask the
 * sender to slow down. The message is sent again soon and the attempt never counts
 * against it (decision 0065).</li>
 * <li>Permanent for the message: an invalid destination address, type of number or
 * numbering plan (0x0B, 0x50, 0x51), and the vendor statuses configured as "barred" or
 * "unknown subscriber" (SMPP 3.4 reserves 0x400-0x4FF for them and names none). Also the
 * statuses that say this message itself is malformed (length, data coding, esm_class):
 * sending it again cannot help.</li>
 * <li>Bind-level: the session is not bound as the SMS centre sees it (0x04
 * ESME_RINVBNDSTS, 0x0D ESME_RBINDFAIL, 0x0E, 0x0F): the connection is made again and the
 * message waits for it, untried.</li>
 * <li>Everything else (system error 0x08, submit failed 0x45, an unknown vendor status)
 * may pass: tried again with a back-off, and given up after the last attempt.</li>
 * </ul>
 */
final class SubmitStatuses {

	static final int THROTTLED = 0x58;

	static final int QUEUE_FULL = 0x14;

	private static final Set<Integer> INVALID_DESTINATION = Set.of(0x0B, 0x50, 0x51);

	private static final Set<Integer> MALFORMED = Set.of(0x01, 0x43, 0x62, 0xC1, 0xC2, 0xC3, 0xC4);

	private static final Set<Integer> BIND = Set.of(0x04, 0x0D, 0x0E, 0x0F);

	/** What to do with a message after a refusal. */
	enum Kind {

		THROTTLED, PERMANENT, BIND, TEMPORARY

	}

	private final SmsSettings settings;

	SubmitStatuses(SmsSettings settings) {
		this.settings = settings;
	}

	Kind kindOf(int status) {
		if (status == THROTTLED || status == QUEUE_FULL) {
			return Kind.THROTTLED;
		}
		if (BIND.contains(status)) {
			return Kind.BIND;
		}
		return (permanentOutcome(status) != null) ? Kind.PERMANENT : Kind.TEMPORARY;
	}

	/**
	 * How a message refused with this status ends, or {@code null} when the refusal is
	 * not permanent.
	 */
	SmsOutcome permanentOutcome(int status) {
		if (INVALID_DESTINATION.contains(status)) {
			return SmsOutcome.INVALID_DESTINATION;
		}
		if (this.settings.barredStatuses().contains(status)) {
			return SmsOutcome.BARRED;
		}
		if (this.settings.unknownSubscriberStatuses().contains(status)) {
			return SmsOutcome.UNKNOWN_SUBSCRIBER;
		}
		if (MALFORMED.contains(status)) {
			return SmsOutcome.REFUSED;
		}
		return null;
	}

}
