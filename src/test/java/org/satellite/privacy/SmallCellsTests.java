package org.satellite.privacy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellsTests {

	@Test
	void showsATableWithoutSmallCountsUnchanged() {
		SmallCells.Table table = SmallCells.suppress(new long[][] { { 10, 20 }, { 30, 40 } });

		assertThat(table.cells()).containsExactly(List.of("10", "20"), List.of("30", "40"));
		assertThat(table.rowTotals()).containsExactly("30", "70");
		assertThat(table.columnTotals()).containsExactly("40", "60");
		assertThat(table.total()).isEqualTo("100");
	}

	@Test
	void showsCountsUnderFiveAsLessThanFive() {
		SmallCells.Table table = SmallCells.suppress(new long[][] { { 3, 20, 30 }, { 12, 40, 50 }, { 14, 60, 70 } });

		assertThat(table.cells().get(0).get(0)).isEqualTo("<5");
	}

	@Test
	void hidesASecondCellSoThatTheSmallOneCannotBeWorkedOutFromTheTotals() {
		SmallCells.Table table = SmallCells.suppress(new long[][] { { 3, 20, 30 }, { 12, 40, 50 }, { 14, 60, 70 } });

		// Row 0 shows its total (53): with only the 3 hidden it would be 53 - 20 - 30.
		assertThat(table.cells().get(0).stream().filter(SmallCells::isWithheld).count()).isGreaterThanOrEqualTo(2);
		// Column 0 shows its total (29) too.
		assertThat(table.cells().stream().map((row) -> row.get(0)).filter(SmallCells::isWithheld).count())
			.isGreaterThanOrEqualTo(2);
		assertThat(table.total()).isEqualTo("299");
	}

	@Test
	void marksACountHiddenOnlyToProtectAnotherAsHiddenNotAsSmall() {
		SmallCells.Table table = SmallCells.suppress(new long[][] { { 3, 20, 30 }, { 12, 40, 50 }, { 14, 60, 70 } });

		assertThat(table.cells().get(0).get(0)).isEqualTo("<5");
		// The 12 beside the 3 in its column, and the 20 beside it in its row, are not
		// small: they read "hidden".
		assertThat(table.cells().stream().flatMap(List::stream).filter("hidden"::equals)).isNotEmpty();
		assertThat(table.cells().stream().flatMap(List::stream).filter("<5"::equals)).hasSize(1);
	}

	@Test
	void hidesASmallTotalAndTheCellsThatWouldGiveItAway() {
		SmallCells.Table table = SmallCells.suppress(new long[][] { { 1, 2 }, { 40, 50 } });

		assertThat(table.rowTotals().get(0)).isEqualTo("<5");
		assertThat(table.cells().get(0)).containsExactly("<5", "<5");
		// The column totals (41, 52) would give 1 and 2 away from the 40 and 50: those
		// are hidden as well.
		assertThat(table.cells().get(1)).containsOnly("hidden");
	}

	@Test
	void neverLeavesAnyLineOfTheTableWithExactlyOneHiddenCell() {
		Random random = new Random(42);
		for (int run = 0; run < 500; run++) {
			int rows = 1 + random.nextInt(6);
			int columns = 1 + random.nextInt(6);
			long[][] counts = new long[rows][columns];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					counts[i][j] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
				}
			}
			SmallCells.Table table = SmallCells.suppress(counts);
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					if (counts[i][j] < 5) {
						assertThat(table.cells().get(i).get(j)).isEqualTo("<5");
					}
				}
				long hiddenInRow = table.cells().get(i).stream().filter(SmallCells::isWithheld).count()
						+ (SmallCells.isWithheld(table.rowTotals().get(i)) ? 1 : 0);
				assertThat(hiddenInRow).as("hidden cells in row %d of run %d", i, run).isNotEqualTo(1);
			}
			for (int j = 0; j < columns; j++) {
				int column = j;
				long hiddenInColumn = table.cells()
					.stream()
					.map((row) -> row.get(column))
					.filter(SmallCells::isWithheld)
					.count() + (SmallCells.isWithheld(table.columnTotals().get(j)) ? 1 : 0);
				assertThat(hiddenInColumn).as("hidden cells in column %d of run %d", j, run).isNotEqualTo(1);
			}
			long hiddenTotals = table.rowTotals().stream().filter(SmallCells::isWithheld).count()
					+ (SmallCells.isWithheld(table.total()) ? 1 : 0);
			assertThat(hiddenTotals).isNotEqualTo(1);
		}
	}

}
