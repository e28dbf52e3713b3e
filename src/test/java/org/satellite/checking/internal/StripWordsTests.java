package org.satellite.checking.internal;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.satellite.checking.internal.ImportMapping.Reading;

import static org.assertj.core.api.Assertions.assertThat;

class StripWordsTests {

	final StripWords builtIn = new StripWords(ImportMapping.DRUG_CHECKING_BC);

	@Test
	void understandsFrenchWordsWithOrWithoutAccents() {
		assertThat(this.builtIn.read("Positif")).contains(Optional.of(StripResult.POSITIVE));
		assertThat(this.builtIn.read("Négatif")).contains(Optional.of(StripResult.NEGATIVE));
		assertThat(this.builtIn.read("NEGATIF")).contains(Optional.of(StripResult.NEGATIVE));
		assertThat(this.builtIn.read("Invalide")).contains(Optional.of(StripResult.INVALID));
		assertThat(this.builtIn.read("Non testé")).contains(Optional.empty());
		assertThat(this.builtIn.read("Positif;Négatif")).contains(Optional.of(StripResult.INVALID));
	}

	@Test
	void readsAServiceOwnWordsAndTheyWin() {
		StripWords words = new StripWords(ImportMapping.DRUG_CHECKING_BC
			.withWords(Map.of("Détecté faiblement", Reading.POSITIVE, "Oui", Reading.INVALID)));

		assertThat(this.builtIn.read("Détecté faiblement")).isEmpty();
		assertThat(words.read("détecté  faiblement")).contains(Optional.of(StripResult.POSITIVE));
		assertThat(words.read("oui")).contains(Optional.of(StripResult.INVALID));
	}

}
