package org.satellite.messaging.internal.sms;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.satellite.messaging.SmsLength;

import static org.assertj.core.api.Assertions.assertThat;

class SmsEncodingTests {

	@Test
	void plainEnglishFitsOneGsmSegmentUpTo160Characters() {
		assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(160, 160, 1, false));
		assertThat(SmsLength.of("a".repeat(161)).segments()).isEqualTo(2);
		assertThat(SmsLength.of("a".repeat(306)).segments()).isEqualTo(2);
		assertThat(SmsLength.of("a".repeat(307)).segments()).isEqualTo(3);
	}

	@Test
	void frenchLettersInTheGsmAlphabetKeepSevenBitButOthersNeedUnicode() {
		assertThat(SmsLength.of("Arrêt").unicode()).isTrue();
		assertThat(SmsLength.of("Texto ARRET pour arrêter").unicode()).isTrue();
		assertThat(SmsLength.of("Alerte: héroïne").unicode()).isTrue();
		assertThat(SmsLength.of("Café à emporter, très fort").unicode()).isFalse();
	}

	@Test
	void unicodeTextsTakeSeventyCharactersOrSixtySevenPerPart() {
		assertThat(SmsLength.of("ê".repeat(70)).segments()).isEqualTo(1);
		assertThat(SmsLength.of("ê".repeat(71)).segments()).isEqualTo(2);
		assertThat(SmsLength.of("ê".repeat(134)).segments()).isEqualTo(2);
		assertThat(SmsLength.of("ê".repeat(135)).segments()).isEqualTo(3);
	}

	@Test
	void gsmExtensionCharactersCountTwiceAndAreNeverSplit() {
		assertThat(SmsLength.of("€".repeat(80))).isEqualTo(new SmsLength(80, 160, 1, false));
		SmsEncoding.Encoded parts = SmsEncoding.split("€".repeat(81));
		assertThat(parts.parts()).hasSize(2);
		assertThat(parts.parts().get(0).length - 6).isEqualTo(152);
		String whole = SmsEncoding.decode((byte) 0, parts.parts().get(0), true)
				+ SmsEncoding.decode((byte) 0, parts.parts().get(1), true);
		assertThat(whole).isEqualTo("€".repeat(81));
	}

	@Test
	void emojiAreNeverCutInHalf() {
		String text = "⚠️".repeat(10) + "😀".repeat(40);
		SmsEncoding.Encoded parts = SmsEncoding.split(text);
		StringBuilder whole = new StringBuilder();
		parts.parts().forEach((part) -> whole.append(SmsEncoding.decode((byte) 8, part, true)));
		assertThat(whole.toString()).isEqualTo(text);
		assertThat(parts.unicode()).isTrue();
	}

	@Test
	void longMessagesSentOneAfterAnotherNeverShareAReference() {
		// A phone joins parts by this byte: two long replies to one phone in flight at
		// once must not share it.
		Set<Byte> references = new HashSet<>();
		for (int i = 0; i < 255; i++) {
			SmsEncoding.Encoded parts = SmsEncoding.split("x".repeat(200));
			assertThat(parts.parts()).allSatisfy((part) -> assertThat(part[3]).isEqualTo(parts.parts().get(0)[3]));
			references.add(parts.parts().get(0)[3]);
		}
		assertThat(references).hasSize(255);
	}

}
