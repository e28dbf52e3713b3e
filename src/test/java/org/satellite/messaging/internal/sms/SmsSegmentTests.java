package org.satellite.messaging.internal.sms;

import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsSegmentTests {

	static final byte[] WORDS = { 'B', 'A', 'D' };

	@Test
	void anEightBitReferenceHeaderGivesThePartOfTheMessage() throws Exception {
		assertThat(SmsSegment.of(message(5, 0x00, 3, 0xfe, 4, 2), true, null)).contains(new SmsSegment(0xfe, 4, 2));
	}

	@Test
	void aSixteenBitReferenceHeaderGivesThePartOfTheMessage() throws Exception {
		assertThat(SmsSegment.of(message(6, 0x08, 4, 0x12, 0x34, 3, 3), true, null))
			.contains(new SmsSegment(0x1234, 3, 3));
	}

	@Test
	void otherHeaderElementsBeforeTheConcatenationAreSkipped() throws Exception {
		assertThat(SmsSegment.of(message(11, 0x05, 4, 0x0b, 0x84, 0x23, 0xf0, 0x00, 3, 9, 2, 1), true, null))
			.contains(new SmsSegment(9, 2, 1));
	}

	@Test
	void aHeaderWithoutConcatenationOrAMessageWithoutHeaderIsWhole() throws Exception {
		assertThat(SmsSegment.of(message(6, 0x05, 4, 0x0b, 0x84, 0x23, 0xf0), true, null)).isEmpty();
		assertThat(SmsSegment.of(WORDS, false, null)).isEmpty();
		assertThat(SmsSegment.of(WORDS, false, new OptionalParameter[0])).isEmpty();
	}

	@Test
	void sarParametersGiveThePartWhenThereIsNoHeader() throws Exception {
		assertThat(SmsSegment.of(WORDS, false,
				new OptionalParameter[] { new OptionalParameter.Sar_msg_ref_num((short) 0xabcd),
						new OptionalParameter.Sar_total_segments((byte) 200),
						new OptionalParameter.Sar_segment_seqnum((byte) 200) }))
			.contains(new SmsSegment(0xabcd, 200, 200));
	}

	@Test
	void impossiblePartsAreRefusedWithAReasonThatHoldsNoText() {
		assertMalformed(message(5, 0x00, 3, 1, 3, 0), "part number is 0");
		assertMalformed(message(5, 0x00, 3, 1, 3, 4), "part number is 4 of 3");
		assertMalformed(message(5, 0x00, 3, 1, 1, 1), "number of parts is 1");
		assertMalformed(message(5, 0x00, 3, 1, 0, 0), "number of parts is 0");
		assertMalformed(message(4, 0x00, 2, 1, 3), "not 3 bytes");
		assertMalformed(message(6, 0x08, 3, 1, 3, 1, 0), "not 4 bytes");
		assertMalformed(message(5, 0x00, 9, 1, 3, 1), "runs past the header");
		assertMalformed(message(1, 0x00), "cut short");
		assertMalformed(new byte[] { 40, 0, 3, 1, 3, 1 }, "longer than the message");
		assertMalformed(new byte[0], "empty message");
		assertThatThrownBy(() -> SmsSegment.of(WORDS, false,
				new OptionalParameter[] { new OptionalParameter.Sar_msg_ref_num((short) 1) }))
			.isInstanceOf(SmsSegment.Malformed.class)
			.hasMessageContaining("only some of the SAR parameters");
	}

	static void assertMalformed(byte[] message, String reason) {
		assertThatThrownBy(() -> SmsSegment.of(message, true, null)).isInstanceOf(SmsSegment.Malformed.class)
			.hasMessageContaining(reason)
			.hasMessageNotContaining("BAD");
	}

	static byte[] message(int... header) {
		byte[] message = new byte[header.length + WORDS.length];
		for (int i = 0; i < header.length; i++) {
			message[i] = (byte) header[i];
		}
		System.arraycopy(WORDS, 0, message, header.length, WORDS.length);
		return message;
	}

}
