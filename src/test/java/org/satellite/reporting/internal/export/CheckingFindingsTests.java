package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satellite.checking.PublishedPeriods.CheckingPeriod;
import org.satellite.checking.PublishedPeriods.Count;
import org.satellite.checking.PublishedPeriods.ExpectedShare;
import org.satellite.checking.SubstanceClass;
import org.satellite.platform.Languages;
import org.satellite.privacy.Disclosure.Mark;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key findings of a drug checking period in words, and its samples by expected
 * substance: a withheld count is said as withheld, never as a number.
 */
class CheckingFindingsTests {

	final ResourceBundleMessageSource messages = ExportTemplates.messages();

	final CheckingPeriod quarter = new CheckingPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), shown(1240),
			shown(310), new Count(null, Mark.SMALL), new Count(null, Mark.HIDDEN),
			List.of(new ExpectedShare(SubstanceClass.OPIOID, shown(620)),
					new ExpectedShare(SubstanceClass.STIMULANT, new Count(null, Mark.SMALL)),
					new ExpectedShare(null, new Count(null, Mark.HIDDEN))));

	@Test
	void saysEachFindingWithItsShareOrThatItIsWithheld() {
		assertThat(CheckingFindings.sentences(this.quarter, Languages.ENGLISH)
			.stream()
			.map((sentence) -> this.messages.getMessage(sentence, Languages.ENGLISH)))
			.containsExactly("1,240 samples were checked.", "Fentanyl or an analogue was found in 310 samples (25%).",
					"A benzodiazepine was found in fewer than 5 samples.",
					"The number of samples with a notable finding is withheld to protect small counts.");
		assertThat(CheckingFindings.sentences(this.quarter, Languages.FRENCH)
			.stream()
			.map((sentence) -> this.messages.getMessage(sentence, Languages.FRENCH))
			.map((sentence) -> sentence.replace('\u00a0', ' ').replace('\u202f', ' ')))
			.startsWith("1 240 échantillons ont été vérifiés.",
					"Du fentanyl ou un analogue a été trouvé dans 310 échantillons (25 %).");
	}

	@Test
	void sharesByExpectedSubstanceNeverPrintAWithheldCount() {
		assertThat(CheckingFindings.shares(this.quarter,
				org.satellite.reporting.internal.FigureText.in(this.messages, Languages.ENGLISH), Languages.ENGLISH))
			.containsExactly(new CheckingFindings.Share("OPIOID", "620", "50%"),
					new CheckingFindings.Share("STIMULANT", "<5", "—"),
					new CheckingFindings.Share("UNKNOWN", "hidden", "—"));
	}

	private static Count shown(long value) {
		return new Count(value, Mark.SHOWN);
	}

}
