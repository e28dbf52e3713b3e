package org.satellite.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.satellite.privacy.Disclosure.Mark;
import org.satellite.privacy.internal.Audit;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTests {

	@Test
	void hidesTheHeadlineOnlyWhenNothingElseCanProtectASmallCount() {
		// A month: 90 samples, 26 with fentanyl... by class: 60 opioid, 27 stimulant, 3
		// other.
		Map<String, Mark> marks = new Disclosure().cell("all", 90, 9)
			.cell("opioid", 60, 0)
			.cell("stimulant", 27, 0)
			.cell("other", 3, 0)
			.sum("all", List.of("opioid", "stimulant", "other"))
			.protect();

		assertThat(marks).containsEntry("other", Mark.SMALL).containsEntry("all", Mark.SHOWN);
		// The smaller of the two detail cells protects the small one; the month's total
		// stays.
		assertThat(marks).containsEntry("stimulant", Mark.HIDDEN).containsEntry("opioid", Mark.SHOWN);
	}

	@Test
	void showsAgainAHeadlineThatALessImportantCellProtectsAsWell() {
		// A quarter's total (5) of two small classes; one of them (3) is also a class of
		// 23 minus a substance of 20.
		// The nearest cell to hide for the first small class is the total; hiding the
		// substance protects both.
		Map<String, Mark> marks = new Disclosure().cell("opioid", 2, 2)
			.cell("total", 5, 6)
			.cell("stimulant", 3, 2)
			.cell("year stimulant", 23, 3)
			.cell("cocaine", 20, 0)
			.sum("total", List.of("opioid", "stimulant"))
			.sum("year stimulant", List.of("stimulant", "cocaine"))
			.protect();

		assertThat(marks).containsEntry("opioid", Mark.SMALL).containsEntry("stimulant", Mark.SMALL);
		assertThat(marks).containsEntry("cocaine", Mark.HIDDEN);
		assertThat(marks).containsEntry("total", Mark.SHOWN).containsEntry("year stimulant", Mark.SHOWN);
	}

	@Test
	void aHiddenMarkThatWouldGiveASmallCountAwayThroughItsBoundIsProtectedToo() {
		// 5 = small + hidden: "hidden" means at least 5, so the small one would be 0. A
		// third cell must go.
		Map<String, Mark> marks = new Disclosure().cell("all", 100, 9)
			.cell("a", 0, 0)
			.cell("b", 5, 0)
			.cell("c", 95, 1)
			.sum("all", List.of("a", "b", "c"))
			.protect();

		assertThat(marks.get("a")).isEqualTo(Mark.SMALL);
		assertThat(marks.get("b")).isEqualTo(Mark.HIDDEN);
		assertThat(marks.get("c")).isEqualTo(Mark.HIDDEN);
		assertThat(marks.get("all")).isEqualTo(Mark.SHOWN);
	}

	@Test
	void findsCellsThatOnlyACombinationOfSumsGivesAway() {
		// x + y = 10, y + z = 10, x + z = 10 (all shown): each is 5, though no sum alone
		// shows one.
		Mark[] marks = { Mark.SHOWN, Mark.SHOWN, Mark.SHOWN, Mark.HIDDEN, Mark.HIDDEN, Mark.HIDDEN };
		long[] values = { 10, 10, 10, 0, 0, 0 };
		List<int[]> sums = List.of(new int[] { 0, 3, 4 }, new int[] { 1, 4, 5 }, new int[] { 2, 3, 5 });

		assertThat(Audit.pinned(values, marks, new boolean[] { true, true, true, true, true, true }, sums, List.of()))
			.containsExactlyInAnyOrder(3, 4, 5);
	}

	@Test
	void anUnpublishedPieceIsUnknownButStillBindsTheSums() {
		// A fortnight (shown: 12) is a piece of January plus a piece of February; January
		// is shown (40) and is its
		// piece plus the rest of January (shown: 30). The January piece is 10, so the
		// February piece is 2.
		Map<String, Mark> marks = new Disclosure().piece("jan-piece", 10)
			.piece("feb-piece", 2)
			.cell("fortnight", 12, 5)
			.cell("jan-rest", 30, 0)
			.cell("jan", 40, 9)
			.cell("feb-detail", 2, 0)
			.cell("feb-other", 20, 0)
			.cell("feb", 22, 9)
			.sum("fortnight", List.of("jan-piece", "feb-piece"))
			.sum("jan", List.of("jan-piece", "jan-rest"))
			.sum("feb-detail", List.of("feb-piece"))
			.sum("feb", List.of("feb-detail", "feb-other"))
			.protect();

		assertThat(marks).doesNotContainKey("jan-piece");
		assertThat(marks.get("feb-detail")).isEqualTo(Mark.SMALL);
		assertThat(marks.get("feb-other")).isEqualTo(Mark.HIDDEN);
		// feb-detail = fortnight - jan + jan-rest: one of those three must be hidden too.
		assertThat(List.of(marks.get("fortnight"), marks.get("jan"), marks.get("jan-rest"))).contains(Mark.HIDDEN);
	}

	@Test
	void showsTheZerosOfAPeriodWithNothingCountedAndStillProtectsTheSmallCountsBesideIt() {
		// A quarter: October 40, November 3, December closed (0, shown as such): November
		// must not come out.
		Map<String, Mark> marks = new Disclosure().cell("q4", 43, 6)
			.cell("oct", 40, 9)
			.cell("nov", 3, 9)
			.known("dec", 0, "dec")
			.sum("q4", List.of("oct", "nov", "dec"))
			.protect();

		assertThat(marks).containsEntry("dec", Mark.SHOWN)
			.containsEntry("nov", Mark.SMALL)
			.containsEntry("q4", Mark.HIDDEN);
	}

	@Test
	void aCountWithAFindingIsNeverMoreThanTheSamplesItCounts() {
		// 4 samples, all with fentanyl: "<5" for both, and nothing pins either.
		Map<String, Mark> marks = new Disclosure().cell("samples", 4, 9)
			.cell("fentanyl", 4, 5)
			.atMost("fentanyl", "samples")
			.protect();

		assertThat(marks).containsEntry("samples", Mark.SMALL).containsEntry("fentanyl", Mark.SMALL);
	}

	@Test
	void leavesNoSumWithExactlyOneWithheldCellInRandomMonthsClassesAndYears() {
		Random random = new Random(7);
		for (int run = 0; run < 200; run++) {
			int months = 1 + random.nextInt(6);
			int classes = 1 + random.nextInt(5);
			Disclosure disclosure = new Disclosure();
			long[][] counts = new long[months][classes];
			long[] byClass = new long[classes];
			List<List<String>> sums = new ArrayList<>();
			for (int m = 0; m < months; m++) {
				long all = 0;
				List<String> line = new ArrayList<>(List.of(m + ":all"));
				for (int c = 0; c < classes; c++) {
					counts[m][c] = (random.nextInt(3) == 0) ? random.nextInt(5) : random.nextInt(40);
					disclosure.cell(m + ":" + c, counts[m][c], 0);
					all += counts[m][c];
					byClass[c] += counts[m][c];
					line.add(m + ":" + c);
				}
				disclosure.cell(m + ":all", all, 9);
				sums.add(line);
			}
			for (int c = 0; c < classes; c++) {
				disclosure.cell("year:" + c, byClass[c], 3);
				List<String> line = new ArrayList<>(List.of("year:" + c));
				for (int m = 0; m < months; m++) {
					line.add(m + ":" + c);
				}
				sums.add(line);
			}
			for (List<String> line : sums) {
				disclosure.sum(line.get(0), line.subList(1, line.size()));
			}
			Map<String, Mark> marks = disclosure.protect();
			for (int m = 0; m < months; m++) {
				for (int c = 0; c < classes; c++) {
					assertThat(marks.get(m + ":" + c) == Mark.SMALL).as("run %d", run).isEqualTo(counts[m][c] < 5);
				}
			}
			for (List<String> line : sums) {
				long withheld = line.stream().filter((id) -> marks.get(id) != Mark.SHOWN).count();
				assertThat(withheld).as("withheld in %s, run %d", line, run).isNotEqualTo(1);
			}
		}
	}

}
