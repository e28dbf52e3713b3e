package org.satellite.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers and email addresses typed into free text (visit notes, comments),
 * so that they can be flagged and removed before anything is saved: notes never hold
 * anyone's contact details, nor their name.
 *
 * <p>
 * What counts as a phone number, on purpose erring towards flagging (a false alarm costs
 * a person a few seconds; a number that slips through stays in the database):
 * <ul>
 * <li>a North American number in any usual writing: {@code 416-555-0123},
 * {@code (416) 555 0123}, {@code 416.555.0123}, {@code 4165550123},
 * {@code +1 416 555 0123}, {@code 1-416-555-0123};</li>
 * <li>a local seven-digit number with a separator: {@code 555-0123},
 * {@code 555 0123};</li>
 * <li>an international number starting with {@code +} and holding 8 to 15 digits.</li>
 * </ul>
 * Counts, dates ({@code 2026-11-23}), times and amounts are not phone numbers. An email
 * address is {@code name@domain.tld}, also written {@code name [at] domain.tld} or
 * {@code name (at) domain.tld}. The same patterns are used by the page script that warns
 * while a person types ({@code static/js/contact-check.js}); this class is the one that
 * decides.
 */
public final class ContactDetails {

	private static final Pattern NORTH_AMERICAN = Pattern
		.compile("(?<![\\d+])(?:\\+?1[\\s.-]*)?\\(?[2-9]\\d{2}\\)?[\\s.-]*[2-9]\\d{2}[\\s.-]*\\d{4}(?!\\d)");

	private static final Pattern LOCAL = Pattern.compile("(?<![\\d+])[2-9]\\d{2}[\\s.-]\\d{4}(?!\\d)");

	private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d[\\d\\s.()-]{6,}\\d");

	private static final Pattern EMAIL = Pattern.compile(
			"[\\w.+%-]+\\s*(?:@|\\[at]|\\(at\\))\\s*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
			Pattern.CASE_INSENSITIVE);

	private ContactDetails() {
	}

	/**
	 * The contact details found in a text, in the order they appear; empty when there are
	 * none.
	 */
	public static List<Found> in(String text) {
		List<Found> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		collect(EMAIL, Kind.EMAIL, text, found);
		collect(NORTH_AMERICAN, Kind.PHONE, text, found);
		collect(LOCAL, Kind.PHONE, text, found);
		Matcher international = INTERNATIONAL.matcher(text);
		while (international.find()) {
			long digits = international.group().chars().filter(Character::isDigit).count();
			if (digits >= 8 && digits <= 15) {
				add(found, new Found(Kind.PHONE, international.start(), international.end()));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found;
	}

	/**
	 * Whether a text holds a phone number or an email address.
	 */
	public static boolean anyIn(String text) {
		return !in(text).isEmpty();
	}

	private static void collect(Pattern pattern, Kind kind, String text, List<Found> found) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			add(found, new Found(kind, matcher.start(), matcher.end()));
		}
	}

	/**
	 * Keeps one finding per stretch of text: a number inside an email address or a longer
	 * number is not a second one.
	 */
	private static void add(List<Found> found, Found next) {
		if (found.stream().noneMatch((earlier) -> earlier.start() < next.end() && next.start() < earlier.end())) {
			found.add(next);
		}
	}

	/**
	 * What kind of contact detail was found.
	 */
	public enum Kind {

		PHONE, EMAIL

	}

	/**
	 * A contact detail found in a text, by position only, so that the finding itself
	 * never repeats the number.
	 *
	 * @param start index of its first character
	 * @param end index after its last character
	 */
	public record Found(Kind kind, int start, int end) {
	}

}
