package org.satellite.overdose.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satellite.platform.Refusal;

/**
 * A calendar quarter, written {@code 2026-Q4}.
 */
record Quarter(int year, int number) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

	static Quarter of(YearMonth month) {
		return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
	}

	static Quarter parse(String text) {
		Matcher matcher = TEXT.matcher((text == null) ? "" : text.strip().toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new Refusal("overdose.error.badQuarter");
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	YearMonth firstMonth() {
		return YearMonth.of(this.year, (this.number - 1) * 3 + 1);
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.number;
	}

}
