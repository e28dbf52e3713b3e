package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.satellite.platform.Languages;
import org.satellite.privacy.SmallCells;

import org.springframework.context.MessageSource;

/**
 * A figure as every page and report writes it, in the reader's language: a count with its
 * thousands separator, a ratio with two decimals, a share with its percent sign, a delay
 * as people say it ({@code 45 min}, {@code 3 h 05 min}, {@code 2 d 4 h} /
 * {@code 2 j 4 h}); "no data" when nothing was recorded (never a zero); {@code <5} or
 * "hidden" when the disclosure policy withholds it. The words come from the message
 * bundle ({@link #in}), so the dashboard, the public page, the CSV's reader and the PDF
 * say the same.
 */
public final class FigureText {

	private final Locale locale;

	private final String noData;

	private final String hidden;

	public FigureText(Locale locale, String noData, String hidden) {
		this.locale = locale;
		this.noData = noData;
		this.hidden = hidden;
	}

	/** The words of the message bundle in {@code locale}. */
	public static FigureText in(MessageSource messages, Locale locale) {
		return new FigureText(locale, messages.getMessage("reporting.dashboard.noData", null, locale),
				messages.getMessage("reporting.public.hidden", null, locale));
	}

	public String of(Figure figure) {
		if (figure == null) {
			return this.noData;
		}
		return switch (figure.mark()) {
			case SMALL -> small();
			case HIDDEN -> this.hidden;
			case SHOWN ->
				(figure.value() == null) ? this.noData : number(figure.value(), figure.indicator().unit(), this.locale);
		};
	}

	/** The words for a count hidden to protect a small one. */
	public String hidden() {
		return this.hidden;
	}

	/** How a count too small to publish is written. */
	public static String small() {
		return SmallCells.SUPPRESSED;
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
			case MINUTES -> duration(value.setScale(0, RoundingMode.HALF_UP).longValueExact(), locale);
		};
	}

	/** Minutes as people read a delay: the two largest units. */
	static String duration(long minutes, Locale locale) {
		String space = "\u00a0";
		if (minutes < 60) {
			return minutes + space + "min";
		}
		if (minutes < 24 * 60) {
			return (minutes / 60) + space + "h" + space + String.format(Locale.ROOT, "%02d", minutes % 60) + space
					+ "min";
		}
		return (minutes / (24 * 60)) + space + Languages.pick(locale, "d", "j") + space + (minutes % (24 * 60) / 60)
				+ space + "h";
	}

}
