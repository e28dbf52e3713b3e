package org.satellite.checking.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Sample codes: eight characters, seven random and one check character, from Crockford's
 * alphabet (digits and letters without I, L, O, U; an O typed is read as 0, an I or L as
 * 1) less the Z, so that it has a prime number of symbols, 31. Shown as
 * {@code ABCD-EFGH}.
 *
 * <p>
 * Seven random characters give 31<sup>7</sup> ≈ 2.8 × 10<sup>10</sup> codes: with the
 * look-up rate limit nobody finds a result by guessing. The check character makes the sum
 * of each symbol's value times its position (1 to 8) a multiple of 31; since 31 is prime
 * this catches every single wrong character and every swap of two neighbours, so a typo
 * is answered "this code has a typo", never with someone else's result.
 */
public final class SampleCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";

	private static final int N = ALPHABET.length();

	private static final SecureRandom RANDOM = new SecureRandom();

	private SampleCode() {
	}

	public static String generate() {
		StringBuilder code = new StringBuilder(8);
		for (int i = 0; i < 7; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(N)));
		}
		return code.append(checkCharacter(code)).toString();
	}

	/**
	 * The code as stored, from what a person typed: case, spaces and dashes do not
	 * matter. Empty when it cannot be a code at all or its check character does not match
	 * (a typo).
	 */
	public static Optional<String> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (code.length() != 8 || !code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return (checkCharacter(code.substring(0, 7)) == code.charAt(7)) ? Optional.of(code) : Optional.empty();
	}

	/** {@code ABCD-EFGH}: two halves, easier to read out over the phone. */
	public static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

	static char checkCharacter(CharSequence payload) {
		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
		}
		// Find c with sum + 8c ≡ 0 (mod 31); 8 × 4 = 32 ≡ 1, so 4 is the inverse of 8.
		int check = Math.floorMod(-sum * 4, N);
		return ALPHABET.charAt(check);
	}

}
