package org.satellite.checking.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCodeTests {

	@Test
	void generatesCodesThatReadBackWhateverTheCaseOrDashes() {
		String code = SampleCode.generate();

		assertThat(SampleCode.parse(SampleCode.display(code).toLowerCase())).contains(code);
		assertThat(SampleCode.parse(" " + code.substring(0, 4) + " " + code.substring(4))).contains(code);
	}

	@Test
	void catchesEveryMistypedCharacter() {
		for (int run = 0; run < 200; run++) {
			String code = SampleCode.generate();
			for (int position = 0; position < 8; position++) {
				for (char other : SampleCode.ALPHABET.toCharArray()) {
					if (other == code.charAt(position)) {
						continue;
					}
					String typo = code.substring(0, position) + other + code.substring(position + 1);
					assertThat(SampleCode.parse(typo)).as("typo %s of %s", typo, code).isEmpty();
				}
			}
		}
	}

	@Test
	void catchesTwoNeighboursSwapped() {
		for (int run = 0; run < 500; run++) {
			String code = SampleCode.generate();
			for (int position = 0; position < 7; position++) {
				if (code.charAt(position) == code.charAt(position + 1)) {
					continue;
				}
				String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
						+ code.substring(position + 2);
				assertThat(SampleCode.parse(swapped)).as("swap in %s", code).isEmpty();
			}
		}
	}

	@Test
	void readsALetterOAsZeroAndILAsOne() {
		String code = "0" + SampleCode.generate().substring(1, 7);
		code = code.substring(0, 3) + "1" + code.substring(4);
		code = code + SampleCode.checkCharacter(code);

		assertThat(SampleCode.parse("O" + code.substring(1, 3) + "L" + code.substring(4))).contains(code);
	}

	@Test
	void refusesCharactersThatAreNeverInACode() {
		assertThat(SampleCode.parse("UUUUUUUU")).isEmpty();
		assertThat(SampleCode.parse("ZZZZ-ZZZZ")).isEmpty();
		assertThat(SampleCode.parse("ABC")).isEmpty();
		assertThat(SampleCode.parse(null)).isEmpty();
	}

	@Test
	void rarelyGivesTheSameCodeTwice() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			codes.add(SampleCode.generate());
		}
		assertThat(codes).hasSizeGreaterThan(19_990);
	}

}
