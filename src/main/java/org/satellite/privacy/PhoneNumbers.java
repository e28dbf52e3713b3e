package org.satellite.privacy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as Satellite accepts them: North American numbers, normalised to E.164
 * ({@code +15551234567}) so that the same phone always hashes the same way.
 */
public final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

	private PhoneNumbers() {
	}

	/**
	 * The E.164 form of a phone number, or empty when the text is not a North American
	 * phone number.
	 */
	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(text.trim()).replaceAll("");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		if (!digits.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		if (digits.length() == 10) {
			digits = "1" + digits;
		}
		if (digits.length() != 11 || digits.charAt(0) != '1' || digits.charAt(1) < '2' || digits.charAt(4) < '2') {
			return Optional.empty();
		}
		return Optional.of("+" + digits);
	}

	/**
	 * The number with all but its last two digits hidden, for showing to staff who need
	 * to recognise it.
	 */
	public static String masked(String e164) {
		return "•••• •••• " + e164.substring(e164.length() - 2);
	}

}
