package org.satellite.checking.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satellite.checking.internal.ImportMapping.DateFormat;

/**
 * Dates as services write them: year first (ISO), day first or month first, with
 * {@code -}, {@code /} or {@code .} between the parts, a four-digit year, and optionally
 * a time after the date (left out: a sample is known by its day). Nothing is guessed row
 * by row: the format is chosen for the whole file, so 03/04/2020 means one day only.
 */
public final class ImportDates {

	private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s?[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?)?";

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})" + TIME);

	private ImportDates() {
	}

	/** The day written, or empty when the text is not a date in that format. */
	public static Optional<LocalDate> parse(String text, DateFormat format) {
		String value = (text == null) ? "" : text.strip();
		Matcher matcher = ((format == DateFormat.ISO) ? YEAR_FIRST : YEAR_LAST).matcher(value);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(2));
		int third = Integer.parseInt(matcher.group(3));
		try {
			return Optional.of(switch (format) {
				case ISO -> LocalDate.of(first, second, third);
				case DAY_FIRST -> LocalDate.of(third, second, first);
				case MONTH_FIRST -> LocalDate.of(third, first, second);
			});
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The format that reads the most of these dates, preferring ISO, then day first (as
	 * in French and most of the world) when both others read them all alike; the preview
	 * shows the result so a person can change it.
	 */
	public static DateFormat guess(Collection<String> values) {
		DateFormat best = DateFormat.ISO;
		long bestCount = -1;
		for (DateFormat format : DateFormat.values()) {
			long count = values.stream().filter((value) -> parse(value, format).isPresent()).count();
			if (count > bestCount) {
				best = format;
				bestCount = count;
			}
		}
		return best;
	}

}
