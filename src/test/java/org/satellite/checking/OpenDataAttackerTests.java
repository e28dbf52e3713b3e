package org.satellite.checking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker of {@link OpenDataDisclosureIntegrationTests} finds what badly protected
 * files give away.
 */
class OpenDataAttackerTests {

	static final String HEADER = "period_kind,period,period_start,period_end,expected_class,samples,with_fentanyl,with_benzodiazepine,with_notable\n";

	static final String SUBSTANCES = "period_kind,period,expected_substance,expected_substance_fr,expected_class,samples,with_fentanyl,with_benzodiazepine,with_notable\n";

	@Test
	void worksOutAMonthHiddenAloneFromItsQuarter() throws Exception {
		String figures = HEADER + "QUARTER,2020-Q3,2020-07-01,2020-09-30,ALL,30,20,20,20\n"
				+ "MONTH,2020-07,2020-07-01,2020-07-31,ALL,10,10,10,10\n"
				+ "MONTH,2020-08,2020-08-01,2020-08-31,ALL,17,7,7,7\n"
				+ "MONTH,2020-09,2020-09-01,2020-09-30,ALL,<5,<5,<5,<5\n";

		OpenDataAttacker.Findings found = OpenDataAttacker.attack(figures, SUBSTANCES);

		assertThat(found.loneSums()).contains("MONTH 2020-09|samples|ALL");
		assertThat(found.recovered()).anyMatch((cell) -> cell.startsWith("MONTH 2020-09|samples|ALL"));
	}

	@Test
	void worksOutASmallCountFromAHiddenOneBesideIt() throws Exception {
		// 12 = 7 + a + b with a "<5" and b "hidden" (5 or more): b is 5 and a is 0.
		String figures = HEADER + "QUARTER,2020-Q3,2020-07-01,2020-09-30,ALL,12,12,12,12\n"
				+ "MONTH,2020-07,2020-07-01,2020-07-31,ALL,7,7,7,7\n"
				+ "MONTH,2020-08,2020-08-01,2020-08-31,ALL,hidden,hidden,hidden,hidden\n"
				+ "MONTH,2020-09,2020-09-01,2020-09-30,ALL,<5,<5,<5,<5\n";

		OpenDataAttacker.Findings found = OpenDataAttacker.attack(figures, SUBSTANCES);

		assertThat(found.loneSums()).isEmpty();
		assertThat(found.recovered()).anyMatch((cell) -> cell.startsWith("MONTH 2020-09|samples|ALL"));
	}

	@Test
	void findsNothingWhenTwoMonthsAreWithheldWithRoomToSpare() throws Exception {
		String figures = HEADER + "QUARTER,2020-Q3,2020-07-01,2020-09-30,ALL,40,40,40,40\n"
				+ "MONTH,2020-07,2020-07-01,2020-07-31,ALL,20,20,20,20\n"
				+ "MONTH,2020-08,2020-08-01,2020-08-31,ALL,hidden,hidden,hidden,hidden\n"
				+ "MONTH,2020-09,2020-09-01,2020-09-30,ALL,<5,<5,<5,<5\n";

		OpenDataAttacker.Findings found = OpenDataAttacker.attack(figures, SUBSTANCES);

		assertThat(found.withheld()).isEqualTo(8);
		assertThat(found.recovered()).isEmpty();
	}

}
