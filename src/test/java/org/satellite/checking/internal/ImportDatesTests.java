package org.satellite.checking.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satellite.checking.internal.ImportMapping.DateFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDatesTests {

	@Test
	void readsEachFormatWithOrWithoutATime() {
		assertThat(ImportDates.parse("2020-11-01", DateFormat.ISO)).contains(LocalDate.of(2020, 11, 1));
		assertThat(ImportDates.parse("2020/11/01 14:05", DateFormat.ISO)).contains(LocalDate.of(2020, 11, 1));
		assertThat(ImportDates.parse("2020-11-01T23:59:59Z", DateFormat.ISO)).contains(LocalDate.of(2020, 11, 1));
		assertThat(ImportDates.parse("01/11/2020", DateFormat.DAY_FIRST)).contains(LocalDate.of(2020, 11, 1));
		assertThat(ImportDates.parse("1.11.2020 08:30", DateFormat.DAY_FIRST)).contains(LocalDate.of(2020, 11, 1));
		assertThat(ImportDates.parse("11/01/2020 8:30 PM", DateFormat.MONTH_FIRST)).contains(LocalDate.of(2020, 11, 1));
	}

	@Test
	void refusesADateNotInTheChosenFormatRatherThanGuessingRowByRow() {
		assertThat(ImportDates.parse("2020-11-01", DateFormat.DAY_FIRST)).isEmpty();
		assertThat(ImportDates.parse("25/12/2020", DateFormat.MONTH_FIRST)).isEmpty();
		assertThat(ImportDates.parse("31/02/2020", DateFormat.DAY_FIRST)).isEmpty();
		assertThat(ImportDates.parse("not a date", DateFormat.ISO)).isEmpty();
	}

	@Test
	void guessesTheFormatThatReadsTheMostDates() {
		assertThat(ImportDates.guess(List.of("2020-11-01", "2020-11-13"))).isEqualTo(DateFormat.ISO);
		assertThat(ImportDates.guess(List.of("01/11/2020", "13/11/2020"))).isEqualTo(DateFormat.DAY_FIRST);
		assertThat(ImportDates.guess(List.of("11/01/2020", "11/13/2020"))).isEqualTo(DateFormat.MONTH_FIRST);
	}

}
