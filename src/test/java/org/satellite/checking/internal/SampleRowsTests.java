package org.satellite.checking.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.satellite.checking.CollectionMode;
import org.satellite.checking.StripResult;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRowsTests {

	@Test
	void understandsEveryWayTheDrugCheckingBcFileWritesAStrip() {
		assertThat(SampleRows.strip("True")).contains(Optional.of(StripResult.POSITIVE));
		assertThat(SampleRows.strip("False")).contains(Optional.of(StripResult.NEGATIVE));
		assertThat(SampleRows.strip("Invalid")).contains(Optional.of(StripResult.INVALID));
		assertThat(SampleRows.strip("N/A")).contains(Optional.empty());
		assertThat(SampleRows.strip("")).contains(Optional.empty());
	}

	@Test
	void keepsTwoReadingsThatDisagreeAsInvalid() {
		assertThat(SampleRows.strip("Positive;Negative")).contains(Optional.of(StripResult.INVALID));
		assertThat(SampleRows.strip("Positive;Positive")).contains(Optional.of(StripResult.POSITIVE));
	}

	@Test
	void refusesAReadingItDoesNotUnderstand() {
		assertThat(SampleRows.strip("Maybe")).isEmpty();
		assertThat(SampleRows.strip("True;Maybe")).isEmpty();
	}

	@Test
	void tellsTheCollectionModeFromTheSiteName() {
		assertThat(SampleRows.modeOf("GYDT - Mail-in")).isEqualTo(CollectionMode.MAIL_IN);
		assertThat(SampleRows.modeOf("GYDT - Walk-in")).isEqualTo(CollectionMode.WALK_IN);
		assertThat(SampleRows.modeOf("Molson OPS")).isEqualTo(CollectionMode.WALK_IN);
		assertThat(SampleRows.modeOf("Bass Coast 2018")).isEqualTo(CollectionMode.OUTREACH);
		assertThat(SampleRows.modeOf("ASK Wellness (Mobile)")).isEqualTo(CollectionMode.OUTREACH);
		assertThat(SampleRows.modeOf("Three Bridges CHC")).isEqualTo(CollectionMode.UNKNOWN);
	}

}
