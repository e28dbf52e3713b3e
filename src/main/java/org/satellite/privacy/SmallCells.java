package org.satellite.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A two-way table of counts with its row totals, column totals and grand total, protected
 * by the one {@link Disclosure} policy: a count under {@link #THRESHOLD} is written
 * {@value #SUPPRESSED}, and a count hidden only so that no small one can be worked out
 * from the totals is written {@value #HIDDEN}.
 *
 * <p>
 * A table published alone can use this; a publication of several tables of the same data
 * must describe them together in one {@link Disclosure}, as {@code checking}'s open data
 * does.
 */
public final class SmallCells {

	public static final int THRESHOLD = Disclosure.K;

	/** A count under {@link #THRESHOLD}, zero included. */
	public static final String SUPPRESSED = "<5";

	/**
	 * A count of {@link #THRESHOLD} or more, hidden to protect a small one (complementary
	 * suppression).
	 */
	public static final String HIDDEN = "hidden";

	private SmallCells() {
	}

	/**
	 * A table ready to publish: every cell, row total, column total and the grand total
	 * as text, a count, {@value #SUPPRESSED} or {@value #HIDDEN}.
	 */
	public record Table(List<List<String>> cells, List<String> rowTotals, List<String> columnTotals, String total) {

		/** Whether the given cell is shown as a number. */
		public boolean shown(int row, int column) {
			return !isWithheld(this.cells.get(row).get(column));
		}

	}

	/** Whether a published text stands for a withheld count rather than a number. */
	public static boolean isWithheld(String text) {
		return SUPPRESSED.equals(text) || HIDDEN.equals(text);
	}

	/** The text of a count under its mark. */
	public static String text(long value, Disclosure.Mark mark) {
		return switch (mark) {
			case SHOWN -> Long.toString(value);
			case SMALL -> SUPPRESSED;
			case HIDDEN -> HIDDEN;
		};
	}

	/**
	 * Protects a table of counts given as {@code counts[row][column]}; the totals are
	 * computed here. Totals are hidden last, the grand total after every other.
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
				extended[i][j] = counts[i][j];
				extended[i][columns] += counts[i][j];
				extended[rows][j] += counts[i][j];
				extended[rows][columns] += counts[i][j];
			}
		}
		Disclosure disclosure = new Disclosure();
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				int importance = ((i == rows) ? 1 : 0) + ((j == columns) ? 2 : 0);
				disclosure.cell(i + ":" + j, extended[i][j], importance);
			}
		}
		for (int i = 0; i <= rows; i++) {
			List<String> parts = new ArrayList<>();
			for (int j = 0; j < columns; j++) {
				parts.add(i + ":" + j);
			}
			disclosure.sum(i + ":" + columns, parts);
		}
		for (int j = 0; j <= columns; j++) {
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < rows; i++) {
				parts.add(i + ":" + j);
			}
			disclosure.sum(rows + ":" + j, parts);
		}
		Map<String, Disclosure.Mark> marks = disclosure.protect();
		List<List<String>> cells = new ArrayList<>();
		List<String> rowTotals = new ArrayList<>();
		List<String> columnTotals = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			List<String> line = new ArrayList<>();
			for (int j = 0; j < columns; j++) {
				line.add(text(extended[i][j], marks.get(i + ":" + j)));
			}
			cells.add(List.copyOf(line));
			rowTotals.add(text(extended[i][columns], marks.get(i + ":" + columns)));
		}
		for (int j = 0; j < columns; j++) {
			columnTotals.add(text(extended[rows][j], marks.get(rows + ":" + j)));
		}
		return new Table(List.copyOf(cells), List.copyOf(rowTotals), List.copyOf(columnTotals),
				text(extended[rows][columns], marks.get(rows + ":" + columns)));
	}

}
