package org.satellite.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for published tables of counts: a count under {@link #THRESHOLD} is shown as
 * {@value #SUPPRESSED}, and so many other cells are hidden with it that no hidden count can be worked out from the
 * totals (complementary suppression).
 *
 * <p>
 * The table is seen with its row totals, column totals and grand total, as it is published. Every row and every column
 * of that extended table (totals included) must then hide either no cell or at least two: one hidden cell in a line
 * is the line's total minus the others. While some line hides exactly one, the smallest visible cell of that line is
 * hidden too (a count before a total, so the totals stay readable when they can). Zero is under five and is hidden
 * like any small count: "none of these" can be as telling as "one".
 *
 * <p>
 * This is the usual rule of statistical offices for two-way tables. It hides the exact value of every small cell
 * from anyone who sees only this table; someone who combines several differently cut tables of the same data may
 * narrow a hidden cell to a range, never to a value through one table's totals.
 */
public final class SmallCells {

	public static final int THRESHOLD = 5;

	public static final String SUPPRESSED = "<5";

	private SmallCells() {
	}

	/**
	 * A table ready to publish: every cell, row total, column total and the grand total as text, a count or
	 * {@value #SUPPRESSED}.
	 */
	public record Table(List<List<String>> cells, List<String> rowTotals, List<String> columnTotals, String total) {

		/** Whether the given cell is shown as a number. */
		public boolean shown(int row, int column) {
			return !SUPPRESSED.equals(this.cells.get(row).get(column));
		}

	}

	/**
	 * Suppresses a table of counts given as {@code counts[row][column]}; the totals are computed here.
	 */
	public static Table suppress(long[][] counts) {
		int rows = counts.length;
		int columns = (rows == 0) ? 0 : counts[0].length;
		long[][] extended = new long[rows + 1][columns + 1];
		for (int i = 0; i < rows; i++) {
			if (counts[i].length != columns) {
				throw new IllegalArgumentException("Every row needs " + columns + " columns");
			}
			for (int j = 0; j < columns; j++) {
				if (counts[i][j] < 0) {
					throw new IllegalArgumentException("Counts are never negative");
				}
				extended[i][j] = counts[i][j];
				extended[i][columns] += counts[i][j];
				extended[rows][j] += counts[i][j];
				extended[rows][columns] += counts[i][j];
			}
		}
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				hidden[i][j] = extended[i][j] < THRESHOLD;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i <= rows; i++) {
				changed |= protectLine(extended, hidden, i, true);
			}
			for (int j = 0; j <= columns; j++) {
				changed |= protectLine(extended, hidden, j, false);
			}
		}
		List<List<String>> cells = new ArrayList<>();
		List<String> rowTotals = new ArrayList<>();
		List<String> columnTotals = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			List<String> line = new ArrayList<>();
			for (int j = 0; j < columns; j++) {
				line.add(text(extended, hidden, i, j));
			}
			cells.add(List.copyOf(line));
			rowTotals.add(text(extended, hidden, i, columns));
		}
		for (int j = 0; j < columns; j++) {
			columnTotals.add(text(extended, hidden, rows, j));
		}
		return new Table(List.copyOf(cells), List.copyOf(rowTotals), List.copyOf(columnTotals),
				text(extended, hidden, rows, columns));
	}

	/**
	 * Hides the smallest visible cell of a line that hides exactly one cell; the line's total only when nothing else
	 * is left. Lines of a single cell (a one-column table's row and its total) are protected the same way.
	 */
	private static boolean protectLine(long[][] values, boolean[][] hidden, int index, boolean row) {
		int length = row ? values[0].length : values.length;
		int hiddenCount = 0;
		int best = -1;
		for (int k = 0; k < length; k++) {
			boolean isHidden = row ? hidden[index][k] : hidden[k][index];
			if (isHidden) {
				hiddenCount++;
				continue;
			}
			long value = row ? values[index][k] : values[k][index];
			boolean isTotal = k == length - 1;
			if (best == -1 || (best == length - 1 && !isTotal)
					|| (!isTotal && value < (row ? values[index][best] : values[best][index]))) {
				best = k;
			}
		}
		if (hiddenCount != 1 || best == -1) {
			return false;
		}
		if (row) {
			hidden[index][best] = true;
		}
		else {
			hidden[best][index] = true;
		}
		return true;
	}

	private static String text(long[][] values, boolean[][] hidden, int i, int j) {
		return hidden[i][j] ? SUPPRESSED : Long.toString(values[i][j]);
	}

}
