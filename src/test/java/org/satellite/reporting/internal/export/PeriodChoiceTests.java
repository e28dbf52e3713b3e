package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.ReportPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodChoiceTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void readsMonthsAndQuarters() {
		assertThat(PeriodChoice.read("2026-11", TODAY).key()).isEqualTo("2026-11");
		ReportPeriod quarter = PeriodChoice.read(" 2026-q4 ", TODAY);
		assertThat(quarter.granularity()).isEqualTo(ReportPeriod.Granularity.QUARTER);
		assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(PeriodChoice.read("", TODAY).key()).isEqualTo("2026-11");
	}

	@Test
	void refusesAPeriodNotStartedInWords() {
		assertThatThrownBy(() -> PeriodChoice.read("2027-01", TODAY)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(ExportTemplates.messages().getMessage(refusal, Locale.FRENCH))
					.isEqualTo("2027-01 n’a pas encore commencé : il n’y a rien à en dire."));
		assertThatThrownBy(() -> PeriodChoice.read("2027-Q1", TODAY)).isInstanceOf(Refusal.class);
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatThrownBy(() -> PeriodChoice.read("November", TODAY)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(ExportTemplates.messages().getMessage(refusal, Locale.ENGLISH)).isEqualTo(
						"\"November\" is not a period Satellite can read. Write a month such as 2026-11 or a quarter such as 2026-Q4."));
	}

	@Test
	void theCurrentMonthIsInProgress() {
		assertThat(PeriodChoice.inProgress(PeriodChoice.read("2026-12", TODAY), TODAY)).isTrue();
		assertThat(PeriodChoice.inProgress(PeriodChoice.read("2026-11", TODAY), TODAY)).isFalse();
	}

}
