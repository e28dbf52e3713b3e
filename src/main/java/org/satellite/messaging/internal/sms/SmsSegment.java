package org.satellite.messaging.internal.sms;

import java.util.Optional;

import org.jsmpp.bean.OptionalParameter;

/**
 * Where one deliver_sm belongs in a long SMS a phone sent in several parts: the sender's
 * reference for the message, how many parts it has and which one this is. Read from a
 * user data header (esm_class UDHI; information element 0x00 with an 8-bit reference or
 * 0x08 with a 16-bit one) or else from the SAR TLVs ({@code sar_msg_ref_num},
 * {@code sar_total_segments}, {@code sar_segment_seqnum}).
 *
 * @param reference the sender's reference, the same in every part of one message (0 to
 * 65535)
 * @param total how many parts the message has (2 to 255)
 * @param number which part this is (1 to {@code total})
 */
public record SmsSegment(int reference, int total, int number) {

	private static final int CONCATENATION_8_BIT = 0x00;

	private static final int CONCATENATION_16_BIT = 0x08;

	/**
	 * The place of a short message in a long one, or empty when it is a message on its
	 * own.
	 * @param message the short message (or message payload) as received
	 * @param withHeader whether esm_class has the UDHI bit set
	 * @param parameters the optional parameters (TLVs) of the PDU, possibly null
	 * @throws Malformed when the header or the SAR parameters cannot be a part of a
	 * message
	 */
	public static Optional<SmsSegment> of(byte[] message, boolean withHeader, OptionalParameter[] parameters)
			throws Malformed {
		if (withHeader) {
			Optional<SmsSegment> fromHeader = fromHeader(message);
			if (fromHeader.isPresent()) {
				return fromHeader;
			}
		}
		return fromSar(parameters);
	}

	private static Optional<SmsSegment> fromHeader(byte[] message) throws Malformed {
		if (message == null || message.length == 0) {
			throw new Malformed("the header flag is set on an empty message");
		}
		int end = (message[0] & 0xff) + 1;
		if (end > message.length) {
			throw new Malformed("the header is longer than the message");
		}
		SmsSegment found = null;
		int at = 1;
		while (at < end) {
			if (at + 2 > end) {
				throw new Malformed("a header element is cut short");
			}
			int element = message[at] & 0xff;
			int length = message[at + 1] & 0xff;
			int data = at + 2;
			if (data + length > end) {
				throw new Malformed("a header element runs past the header");
			}
			if (element == CONCATENATION_8_BIT) {
				if (length != 3) {
					throw new Malformed("a concatenation element with an 8-bit reference is not 3 bytes");
				}
				found = checked(message[data] & 0xff, message[data + 1] & 0xff, message[data + 2] & 0xff);
			}
			else if (element == CONCATENATION_16_BIT) {
				if (length != 4) {
					throw new Malformed("a concatenation element with a 16-bit reference is not 4 bytes");
				}
				found = checked(((message[data] & 0xff) << 8) | (message[data + 1] & 0xff), message[data + 2] & 0xff,
						message[data + 3] & 0xff);
			}
			at = data + length;
		}
		return Optional.ofNullable(found);
	}

	private static Optional<SmsSegment> fromSar(OptionalParameter[] parameters) throws Malformed {
		Integer reference = null;
		Integer total = null;
		Integer number = null;
		if (parameters != null) {
			for (OptionalParameter parameter : parameters) {
				if (parameter instanceof OptionalParameter.Sar_msg_ref_num value) {
					reference = value.getValue() & 0xffff;
				}
				else if (parameter instanceof OptionalParameter.Sar_total_segments value) {
					total = value.getValue() & 0xff;
				}
				else if (parameter instanceof OptionalParameter.Sar_segment_seqnum value) {
					number = value.getValue() & 0xff;
				}
			}
		}
		if (reference == null && total == null && number == null) {
			return Optional.empty();
		}
		if (reference == null || total == null || number == null) {
			throw new Malformed("only some of the SAR parameters are there");
		}
		return Optional.of(checked(reference, total, number));
	}

	private static SmsSegment checked(int reference, int total, int number) throws Malformed {
		if (total < 2 || total > 255) {
			throw new Malformed("the number of parts is " + total + ", not between 2 and 255");
		}
		if (number < 1 || number > total) {
			throw new Malformed("the part number is " + number + " of " + total);
		}
		return new SmsSegment(reference, total, number);
	}

	/**
	 * A part that says it belongs to a long message but cannot. The message says what is
	 * wrong and never holds a number or any of the text.
	 */
	public static class Malformed extends Exception {

		Malformed(String reason) {
			super(reason);
		}

	}

}
