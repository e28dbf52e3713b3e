package org.satellite.messaging.internal.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.charset.GSMCharset;
import org.satellite.messaging.SmsLength;

/**
 * Turns text into SMS segments and back.
 *
 * <p>
 * GSM 7-bit (data coding 0, one unpacked septet per byte as SMPP carries it; the SMS
 * centre packs them) when every character is in the GSM 03.38 alphabet, otherwise UCS-2
 * (data coding 8, UTF-16 big-endian). A text longer than one segment is split into
 * concatenated segments, each with an 8-bit-reference user data header; an escaped GSM
 * character and a UTF-16 surrogate pair are never split across two segments.
 */
public final class SmsEncoding {

	/**
	 * The reference of the next concatenated message, counting from a random start: a
	 * phone puts the parts of a long message together by this byte, so two long messages
	 * to one phone in flight at once must not share it. A random byte per message did
	 * once in 256 pairs, and the phone showed half of one and half of the other (seen in
	 * SuggestionsAndReportsIntegrationTests, where seven replies go to one phone at
	 * once). A counter repeats only after 256 long messages; two nodes count apart from
	 * different random starts.
	 */
	private static final AtomicInteger references = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

	static final int GSM_SINGLE = 160;

	static final int GSM_PART = 153;

	static final int UCS2_SINGLE = 70;

	static final int UCS2_PART = 67;

	private SmsEncoding() {
	}

	public static SmsLength measure(String text) {
		String value = (text == null) ? "" : text;
		boolean gsm = GSMCharset.canRepresent(value);
		int units = gsm ? CharsetUtil.CHARSET_GSM.encode(value).length : value.length();
		int single = gsm ? GSM_SINGLE : UCS2_SINGLE;
		int segments = (units == 0) ? 0 : (units <= single) ? 1 : split(value).parts().size();
		return new SmsLength(value.codePointCount(0, value.length()), units, segments, !gsm);
	}

	/**
	 * The segments of a text, each ready to be the short message of one submit_sm.
	 */
	public static Encoded split(String text) {
		boolean gsm = GSMCharset.canRepresent(text);
		List<byte[]> chunks = new ArrayList<>();
		int limit;
		List<byte[]> units = new ArrayList<>();
		if (gsm) {
			text.chars().forEach((c) -> units.add(CharsetUtil.CHARSET_GSM.encode(String.valueOf((char) c))));
			limit = (CharsetUtil.CHARSET_GSM.encode(text).length <= GSM_SINGLE) ? GSM_SINGLE : GSM_PART;
		}
		else {
			text.codePoints()
				.forEach((cp) -> units.add(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_16BE)));
			limit = (text.length() <= UCS2_SINGLE) ? UCS2_SINGLE * 2 : UCS2_PART * 2;
		}
		ByteArrayOutputStream current = new ByteArrayOutputStream();
		for (byte[] unit : units) {
			if (current.size() + unit.length > limit) {
				chunks.add(current.toByteArray());
				current.reset();
			}
			current.writeBytes(unit);
		}
		if (current.size() > 0) {
			chunks.add(current.toByteArray());
		}
		if (chunks.size() == 1) {
			return new Encoded(!gsm, chunks, false);
		}
		byte reference = (byte) references.getAndIncrement();
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			byte[] chunk = chunks.get(i);
			byte[] part = new byte[6 + chunk.length];
			part[0] = 5;
			part[1] = 0;
			part[2] = 3;
			part[3] = reference;
			part[4] = (byte) chunks.size();
			part[5] = (byte) (i + 1);
			System.arraycopy(chunk, 0, part, 6, chunk.length);
			parts.add(part);
		}
		return new Encoded(!gsm, parts, true);
	}

	/**
	 * The text of a received short message.
	 * @param dataCoding the data_coding byte of the PDU
	 * @param withHeader whether the message starts with a user data header (esm_class
	 * UDHI)
	 */
	public static String decode(byte dataCoding, byte[] message, boolean withHeader) {
		if (message == null || message.length == 0) {
			return "";
		}
		byte[] body = message;
		if (withHeader) {
			int headerLength = (message[0] & 0xff) + 1;
			body = Arrays.copyOfRange(message, Math.min(headerLength, message.length), message.length);
		}
		int alphabet = dataCoding & 0x0f;
		if ((dataCoding & 0xff) == 0x08 || ((dataCoding & 0xf0) == 0 && alphabet == 8)) {
			return new String(body, StandardCharsets.UTF_16BE);
		}
		if ((dataCoding & 0xff) == 0x03 || (dataCoding & 0xff) == 0x04) {
			return new String(body, StandardCharsets.ISO_8859_1);
		}
		return CharsetUtil.CHARSET_GSM.decode(body);
	}

	/**
	 * A text as segments.
	 *
	 * @param unicode whether the segments are UCS-2 (data coding 8) rather than GSM 7-bit
	 * (data coding 0)
	 * @param concatenated whether each part starts with a concatenation header (esm_class
	 * UDHI)
	 */
	public record Encoded(boolean unicode, List<byte[]> parts, boolean concatenated) {
	}

}
