package org.satellite.alerts.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.satellite.platform.Languages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixed words every alert SMS and cancellation carries, as subscribers read them.
 */
class AlertMessagesTests {

	final AlertMessages messages = SuggestionsTests.messages();

	@Test
	void anAlertSmsEndsWithHowToStopInTheSubscribersLanguage() {
		assertThat(this.messages.sms("  Drug alert: fentanyl in blue pills. ", Languages.ENGLISH))
			.isEqualTo("Drug alert: fentanyl in blue pills. Text STOP to stop.");
		assertThat(this.messages.sms("Alerte drogues : fentanyl dans des comprimés bleus.", Locale.CANADA_FRENCH))
			.isEqualTo("Alerte drogues : fentanyl dans des comprimés bleus. Répondez ARRET pour ne plus recevoir.");
	}

	@Test
	void aLanguageSatelliteDoesNotSpeakGetsEnglish() {
		assertThat(this.messages.sms("Drug alert.", Locale.GERMAN)).isEqualTo("Drug alert. Text STOP to stop.");
	}

	@Test
	void aCancellationSaysWhichAlertAndWhyInBothLanguagesAndKeepsTheAdvice() {
		AlertText original = new AlertText("Fentanyl in blue pills", "Fentanyl dans des comprimés bleus", "Body",
				"Corps", "Do not use alone.", "Ne consommez pas seul·e.", "Drug alert", "Alerte drogues");

		AlertText cancelled = this.messages.cancellation(original, "The lab found no fentanyl.",
				"Le laboratoire n’a pas trouvé de fentanyl.");

		assertThat(cancelled.headlineEn()).isEqualTo("Cancelled: Fentanyl in blue pills");
		assertThat(cancelled.headlineFr()).isEqualTo("Annulée : Fentanyl dans des comprimés bleus");
		assertThat(cancelled.smsEn()).isEqualTo("CANCELLED: Fentanyl in blue pills. The lab found no fentanyl.");
		assertThat(cancelled.smsFr())
			.isEqualTo("ANNULÉE : Fentanyl dans des comprimés bleus. Le laboratoire n’a pas trouvé de fentanyl.");
		assertThat(cancelled.bodyEn()).isEqualTo("The lab found no fentanyl.");
		assertThat(cancelled.instructionFr()).isEqualTo("Ne consommez pas seul·e.");
	}

}
