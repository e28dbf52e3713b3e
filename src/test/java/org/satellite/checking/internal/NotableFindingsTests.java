package org.satellite.checking.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.satellite.checking.SubstanceClass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an alert is told about a notable finding: its name and its class, the vocabulary's
 * when a substance was identified, the strip's when only a strip found it.
 */
class NotableFindingsTests {

	static final Substance HEROIN = new Substance(1, "Heroin", "Héroïne", SubstanceClass.OPIOID, false, null);

	static final Substance LEVAMISOLE = new Substance(2, "Levamisole", "Lévamisole", SubstanceClass.CUT, false,
			"marked");

	@Test
	void aSubstanceTheVocabularyKnowsKeepsItsNameAndClass() {
		List<Findings.Notable> notable = Findings.notable(HEROIN, List.of(HEROIN, LEVAMISOLE), Map.of());

		assertThat(notable).extracting(Findings.Notable::nameEn).containsExactly("Levamisole");
		assertThat(notable).extracting(Findings.Notable::substanceClass).containsExactly(SubstanceClass.CUT);
	}

	@Test
	void aFindingByStripAloneIsNamedAndClassedByWhatTheStripTestsFor() {
		List<Findings.Notable> notable = Findings.notable(HEROIN, List.of(HEROIN),
				Map.of(Strip.BENZODIAZEPINE, StripResult.POSITIVE, Strip.XYLAZINE, StripResult.POSITIVE));

		assertThat(notable).extracting(Findings.Notable::nameEn).containsExactly("Benzodiazepine", "Xylazine");
		assertThat(notable).extracting(Findings.Notable::substanceClass)
			.containsExactly(SubstanceClass.BENZODIAZEPINE, SubstanceClass.OTHER_DEPRESSANT);
	}

	@Test
	void fentanylByStripInCocaineIsAnOpioid() {
		Substance cocaine = new Substance(3, "Cocaine", "Cocaïne", SubstanceClass.STIMULANT, false, null);

		List<Findings.Notable> notable = Findings.notable(cocaine, List.of(cocaine),
				Map.of(Strip.FENTANYL, StripResult.POSITIVE));

		assertThat(notable).extracting(Findings.Notable::nameEn).containsExactly("Fentanyl");
		assertThat(notable).extracting(Findings.Notable::substanceClass).containsExactly(SubstanceClass.OPIOID);
	}

}
