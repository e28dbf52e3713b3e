package org.satellite.reporting.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satellite.checking.PublishedPeriods.CheckingPeriod;
import org.satellite.checking.PublishedPeriods.Count;
import org.satellite.checking.PublishedPeriods.ExpectedShare;
import org.satellite.reporting.internal.FigureText;
import org.satellite.reporting.internal.IndicatorUnit;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The key findings of a drug checking period as sentences (message codes with their
 * numbers, in the reader's language), and its samples by class of expected substance as
 * rows. A withheld count is said as withheld, in words, never as a number.
 */
public final class CheckingFindings {

	private CheckingFindings() {
	}

	/** One row of the table by expected substance. */
	public record Share(String classCode, String samples, String share) {
	}

	public static List<MessageSourceResolvable> sentences(CheckingPeriod period, Locale locale) {
		List<MessageSourceResolvable> sentences = new ArrayList<>();
		sentences.add(sentence("samples", period.samples(), period.samples(), locale));
		if (period.samples().shown() && period.samples().value() == 0) {
			return sentences;
		}
		sentences.add(sentence("fentanyl", period.fentanyl(), period.samples(), locale));
		sentences.add(sentence("benzodiazepine", period.benzodiazepine(), period.samples(), locale));
		sentences.add(sentence("notable", period.notable(), period.samples(), locale));
		return sentences;
	}

	public static List<Share> shares(CheckingPeriod period, FigureText text, Locale locale) {
		List<Share> rows = new ArrayList<>();
		for (ExpectedShare share : period.byExpected()) {
			Integer percent = share.samples().shareOf(period.samples());
			rows.add(new Share((share.expected() != null) ? share.expected().name() : "UNKNOWN",
					text(share.samples(), text, locale), (percent != null)
							? FigureText.number(BigDecimal.valueOf(percent), IndicatorUnit.PERCENT, locale) : "—"));
		}
		return rows;
	}

	/** A count as a table writes it: the number, {@code <5} or withheld. */
	static String text(Count count, FigureText text, Locale locale) {
		return switch (count.mark()) {
			case SHOWN -> FigureText.number(BigDecimal.valueOf(count.value()), IndicatorUnit.COUNT, locale);
			case SMALL -> FigureText.small();
			case HIDDEN -> text.hidden();
		};
	}

	private static MessageSourceResolvable sentence(String what, Count count, Count samples, Locale locale) {
		String base = "reporting.export.checking.finding." + what;
		return switch (count.mark()) {
			case SHOWN -> {
				Integer share = count.shareOf(samples);
				String number = FigureText.number(BigDecimal.valueOf(count.value()), IndicatorUnit.COUNT, locale);
				yield (share != null && !what.equals("samples"))
						? new DefaultMessageSourceResolvable(new String[] { base + ".share" },
								new Object[] { number, share.toString() })
						: new DefaultMessageSourceResolvable(new String[] { base }, new Object[] { number });
			}
			case SMALL -> new DefaultMessageSourceResolvable(base + ".small");
			case HIDDEN -> new DefaultMessageSourceResolvable(base + ".hidden");
		};
	}

}
