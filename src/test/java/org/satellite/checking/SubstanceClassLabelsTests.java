package org.satellite.checking;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of substance has one label in English and in French, the one the results,
 * the figures, the alert desk and the subscriber's choices all show (decision 0076).
 */
class SubstanceClassLabelsTests {

	@Test
	void everyClassHasALabelInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/checking");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(true);

		assertThat(Arrays.stream(SubstanceClass.values())
			.map((c) -> messages.getMessage("checking.class." + c, null, Locale.ENGLISH))).containsExactly("Opioid",
					"Stimulant", "Benzodiazepine", "Other depressant", "Psychedelic", "Dissociative", "Cannabinoid",
					"Cut or filler", "Other");
		assertThat(Arrays.stream(SubstanceClass.values())
			.map((c) -> messages.getMessage("checking.class." + c, null, Locale.FRENCH))).containsExactly("Opioïde",
					"Stimulant", "Benzodiazépine", "Autre dépresseur", "Psychédélique", "Dissociatif", "Cannabinoïde",
					"Produit de coupe", "Autre");
	}

}
