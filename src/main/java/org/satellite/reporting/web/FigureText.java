package org.satellite.reporting.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.satellite.privacy.Disclosure;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.IndicatorUnit;

/**
 * A figure as pages write it, in the reader's language: its number (a share with
 * {@code %}), "no data" when nothing was recorded (never a zero), {@code <5} or "hidden"
 * when the disclosure policy withholds it.
 */
public final class FigureText {

	private final Locale locale;

	private final String noData;

	private final String hidden;

	FigureText(Locale locale, String noData, String hidden) {
		this.locale = locale;
		this.noData = noData;
		this.hidden = hidden;
	}

	public String of(Figure figure) {
		if (figure == null) {
			return this.noData;
		}
		return switch (figure.mark()) {
			case SMALL -> "<" + Disclosure.K;
			case HIDDEN -> this.hidden;
			case SHOWN -> {
				if (figure.value() == null) {
					yield this.noData;
				}
				String number = NumberFormat.getNumberInstance(this.locale).format(figure.value());
				yield (figure.indicator().unit() == IndicatorUnit.PERCENT) ? number + " %" : number;
			}
		};
	}

}
