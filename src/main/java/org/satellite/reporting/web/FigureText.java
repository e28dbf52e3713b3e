package org.satellite.reporting.web;

import java.util.Locale;

import org.satellite.privacy.Disclosure;
import org.satellite.reporting.internal.Figure;

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
				// Written as the PDF and the other reports write it, so that they read
				// the
				// same.
				yield org.satellite.reporting.internal.export.FigureText.number(figure.value(),
						figure.indicator().unit(), this.locale);
			}
		};
	}

}
