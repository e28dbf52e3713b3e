package org.satellite.reporting.internal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.satellite.platform.Languages;
import org.satellite.privacy.Disclosure;
import org.satellite.privacy.SmallCells;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.IndicatorUnit;

/**
 * A figure as a report writes it, in the reader's language: a count with its thousands
 * separator, a ratio with two decimals, a share with its percent sign, a duration in
 * minutes. A figure with nothing recorded says so in words, never as a zero; a withheld
 * one is written as the open data writes it ({@code <5}, {@code hidden}).
 */
public final class FigureText {

	private FigureText() {
	}

	public static String of(Figure figure, Locale locale) {
		if (figure == null || figure.noData()) {
			return noData(locale);
		}
		if (figure.mark() != Disclosure.Mark.SHOWN) {
			return (figure.mark() == Disclosure.Mark.SMALL) ? SmallCells.SUPPRESSED : withheld(locale);
		}
		return number(figure.value(), figure.indicator().unit(), locale);
	}

	/** The words a report writes for a figure with nothing recorded. */
	public static String noData(Locale locale) {
		return Languages.pick(locale, "no data", "aucune donnée");
	}

	/** The words for a count hidden to protect a small one. */
	public static String withheld(Locale locale) {
		return Languages.pick(locale, SmallCells.HIDDEN, "masqué");
	}

	/** A value written as every page and report writes it. */
	public static String number(BigDecimal value, IndicatorUnit unit, Locale locale) {
		Locale format = Languages.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.CANADA_FRENCH
				: Locale.CANADA;
		NumberFormat numbers = NumberFormat.getNumberInstance(format);
		return switch (unit) {
			case COUNT -> numbers.format(value.setScale(0, RoundingMode.HALF_UP));
			case RATIO -> {
				numbers.setMinimumFractionDigits(2);
				numbers.setMaximumFractionDigits(2);
				yield numbers.format(value);
			}
			case PERCENT -> {
				numbers.setMaximumFractionDigits(1);
				yield numbers.format(value) + Languages.pick(locale, "%", "\u00a0%");
			}
			case MINUTES -> {
				numbers.setMaximumFractionDigits(0);
				yield numbers.format(value) + "\u00a0min";
			}
		};
	}

}
