package org.satellite.privacy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satellite.privacy.Disclosure.Mark;
import org.satellite.privacy.Disclosure;

/**
 * The attacker {@link Disclosure} plays before anything is published: what can be worked
 * out about each hidden cell from everything shown together. It reads only the shown
 * values and the marks, never a hidden value.
 *
 * <p>
 * Two attacks, each run to the end. <b>Bounds</b>: every cell starts from what its mark
 * says (a shown count is itself, {@code <5} is 0 to 4, hidden is at least 5, an
 * unpublished piece at least 0) and every sum and every "at most" narrows the cells in
 * it, again and again until nothing moves. <b>Linear algebra</b>: the sums are a linear
 * system over the cells not shown; a cell is worked out exactly when its unit vector lies
 * in the span of the system's rows, which reduced row echelon form shows (a pivot column
 * whose row has nothing in any free column).
 */
public final class Audit {

	static final long INFINITY = Long.MAX_VALUE / 4;

	private Audit() {
	}

	/** What is known of one cell: the smallest and largest values it can take. */
	public record Bounds(long low, long high) {

		public boolean pinned() {
			return this.low == this.high;
		}

	}

	/**
	 * The published cells that are not shown but can be worked out to one value.
	 * @param value the counts; only those of shown cells are read
	 * @param marks each cell's mark, {@code null} for an unpublished piece
	 * @param published whether each cell is published
	 * @param sums each {@code {whole, part, part, ...}}
	 * @param atMost each {@code {part, whole}}
	 */
	public static List<Integer> pinned(long[] value, Mark[] marks, boolean[] published, List<int[]> sums,
			List<int[]> atMost) {
		Bounds[] bounds = bounds(value, marks, sums, atMost);
		Set<Integer> pinned = new LinkedHashSet<>();
		for (int i = 0; i < marks.length; i++) {
			if (published[i] && marks[i] != Mark.SHOWN && bounds[i].pinned()) {
				pinned.add(i);
			}
		}
		for (int cell : determined(marks, sums)) {
			if (published[cell]) {
				pinned.add(cell);
			}
		}
		return new ArrayList<>(pinned);
	}

	/**
	 * The bounds of every cell after propagation through every sum and every "at most".
	 */
	public static Bounds[] bounds(long[] value, Mark[] marks, List<int[]> sums, List<int[]> atMost) {
		int n = marks.length;
		long[] low = new long[n];
		long[] high = new long[n];
		for (int i = 0; i < n; i++) {
			Mark mark = marks[i];
			low[i] = (mark == Mark.SHOWN) ? value[i] : (mark == Mark.HIDDEN) ? Disclosure.K : 0;
			high[i] = (mark == Mark.SHOWN) ? value[i] : (mark == Mark.SMALL) ? Disclosure.K - 1 : INFINITY;
		}
		boolean changed = true;
		for (int round = 0; changed && round < 10_000; round++) {
			changed = false;
			for (int[] equation : sums) {
				changed |= narrow(equation, low, high);
			}
			for (int[] pair : atMost) {
				if (high[pair[1]] < high[pair[0]]) {
					high[pair[0]] = high[pair[1]];
					changed = true;
				}
				if (low[pair[0]] > low[pair[1]]) {
					low[pair[1]] = low[pair[0]];
					changed = true;
				}
			}
		}
		Bounds[] bounds = new Bounds[n];
		for (int i = 0; i < n; i++) {
			if (low[i] > high[i]) {
				throw new IllegalStateException("The published figures contradict each other at cell " + i);
			}
			bounds[i] = new Bounds(low[i], high[i]);
		}
		return bounds;
	}

	private static boolean narrow(int[] equation, long[] low, long[] high) {
		boolean changed = false;
		int whole = equation[0];
		long sumLow = 0;
		long sumHigh = 0;
		int unbounded = 0;
		for (int k = 1; k < equation.length; k++) {
			sumLow += low[equation[k]];
			if (high[equation[k]] >= INFINITY) {
				unbounded++;
			}
			else {
				sumHigh += high[equation[k]];
			}
		}
		if (sumLow > low[whole]) {
			low[whole] = sumLow;
			changed = true;
		}
		if (unbounded == 0 && sumHigh < high[whole]) {
			high[whole] = sumHigh;
			changed = true;
		}
		for (int k = 1; k < equation.length; k++) {
			int part = equation[k];
			boolean partUnbounded = high[part] >= INFINITY;
			int othersUnbounded = unbounded - (partUnbounded ? 1 : 0);
			if (othersUnbounded == 0) {
				long othersHigh = sumHigh - (partUnbounded ? 0 : high[part]);
				long floor = low[whole] - othersHigh;
				if (floor > low[part]) {
					low[part] = floor;
					changed = true;
				}
			}
			if (high[whole] < INFINITY) {
				long ceiling = high[whole] - (sumLow - low[part]);
				if (ceiling < high[part]) {
					high[part] = ceiling;
					changed = true;
				}
			}
		}
		return changed;
	}

	/**
	 * The cells not shown that the sums alone determine. First the easy parts: a sum with
	 * a single unknown determines it; a sum with an unknown found in no other sum only
	 * ever determines that unknown, and only once all its other unknowns are, so it is
	 * set aside and settled at the end. What is left, the core, is put in reduced row
	 * echelon form, one connected group of unknowns at a time.
	 */
	static Set<Integer> determined(Mark[] marks, List<int[]> sums) {
		int n = marks.length;
		List<int[]> equations = new ArrayList<>();
		int[] uses = new int[n];
		// Each equation as its unknown cells: the whole as itself, a part as its
		// complement (~cell), for the sign.
		for (int[] sum : sums) {
			List<Integer> unknown = new ArrayList<>();
			for (int k = 0; k < sum.length; k++) {
				if (marks[sum[k]] != Mark.SHOWN) {
					unknown.add((k == 0) ? sum[k] : ~sum[k]);
					uses[sum[k]]++;
				}
			}
			if (!unknown.isEmpty()) {
				equations.add(unknown.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		boolean[] known = new boolean[n];
		boolean[] removed = new boolean[equations.size()];
		List<int[]> setAside = new ArrayList<>();
		List<Integer> setAsideCell = new ArrayList<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int e = 0; e < equations.size(); e++) {
				if (removed[e]) {
					continue;
				}
				int active = 0;
				int last = -1;
				int alone = -1;
				for (int signed : equations.get(e)) {
					int cell = cellOf(signed);
					if (!known[cell] && uses[cell] > 0) {
						active++;
						last = cell;
						if (uses[cell] == 1) {
							alone = cell;
						}
					}
				}
				if (active == 0) {
					removed[e] = true;
				}
				else if (active == 1) {
					known[last] = true;
					removed[e] = true;
					changed = true;
				}
				else if (alone >= 0) {
					removed[e] = true;
					setAside.add(equations.get(e));
					setAsideCell.add(alone);
					for (int signed : equations.get(e)) {
						uses[cellOf(signed)]--;
					}
					changed = true;
				}
			}
		}
		List<int[]> core = new ArrayList<>();
		for (int e = 0; e < equations.size(); e++) {
			if (!removed[e]) {
				core.add(Arrays.stream(equations.get(e)).filter((signed) -> !known[cellOf(signed)]).toArray());
			}
		}
		Set<Integer> determined = new LinkedHashSet<>();
		for (int i = 0; i < n; i++) {
			if (known[i]) {
				determined.add(i);
			}
		}
		determined.addAll(core(n, core));
		for (int k = setAside.size() - 1; k >= 0; k--) {
			int cell = setAsideCell.get(k);
			boolean all = true;
			for (int other : setAside.get(k)) {
				all &= cellOf(other) == cell || determined.contains(cellOf(other));
			}
			if (all) {
				determined.add(cell);
			}
		}
		return determined;
	}

	/**
	 * The unknowns that the core equations (lists of unknown cells, whole first)
	 * determine.
	 */
	private static Set<Integer> core(int n, List<int[]> rows) {
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int[] row : rows) {
			for (int k = 1; k < row.length; k++) {
				parent[find(parent, cellOf(row[k]))] = find(parent, cellOf(row[0]));
			}
		}
		Map<Integer, List<int[]>> byGroup = new HashMap<>();
		for (int[] row : rows) {
			byGroup.computeIfAbsent(find(parent, cellOf(row[0])), (key) -> new ArrayList<>()).add(row);
		}
		Set<Integer> determined = new LinkedHashSet<>();
		for (List<int[]> group : byGroup.values()) {
			determined.addAll(solve(group));
		}
		return determined;
	}

	private static Set<Integer> solve(List<int[]> equations) {
		Map<Integer, Integer> column = new HashMap<>();
		List<Integer> cells = new ArrayList<>();
		for (int[] equation : equations) {
			for (int signed : equation) {
				if (!column.containsKey(cellOf(signed))) {
					column.put(cellOf(signed), cells.size());
					cells.add(cellOf(signed));
				}
			}
		}
		int width = cells.size();
		double[][] matrix = new double[equations.size()][width];
		for (int r = 0; r < equations.size(); r++) {
			for (int signed : equations.get(r)) {
				matrix[r][column.get(cellOf(signed))] += (signed >= 0) ? 1 : -1;
			}
		}
		int[] pivotOfRow = echelon(matrix, width);
		boolean[] pivotColumn = new boolean[width];
		for (int pivot : pivotOfRow) {
			if (pivot >= 0) {
				pivotColumn[pivot] = true;
			}
		}
		Set<Integer> determined = new LinkedHashSet<>();
		for (int r = 0; r < pivotOfRow.length; r++) {
			if (pivotOfRow[r] < 0) {
				continue;
			}
			boolean alone = true;
			for (int c = 0; c < width && alone; c++) {
				alone = pivotColumn[c] || Math.abs(matrix[r][c]) < 1e-9;
			}
			if (alone) {
				determined.add(cells.get(pivotOfRow[r]));
			}
		}
		return determined;
	}

	/**
	 * Reduced row echelon form in place; the pivot column of each row, -1 for a row of
	 * zeros.
	 */
	private static int[] echelon(double[][] m, int width) {
		int rows = m.length;
		int[] pivotOfRow = new int[rows];
		Arrays.fill(pivotOfRow, -1);
		int r = 0;
		for (int c = 0; c < width && r < rows; c++) {
			int best = -1;
			for (int i = r; i < rows; i++) {
				if (Math.abs(m[i][c]) > 1e-9 && (best < 0 || Math.abs(m[i][c]) > Math.abs(m[best][c]))) {
					best = i;
				}
			}
			if (best < 0) {
				continue;
			}
			double[] swap = m[r];
			m[r] = m[best];
			m[best] = swap;
			double pivot = m[r][c];
			for (int j = c; j < width; j++) {
				m[r][j] /= pivot;
			}
			for (int i = 0; i < rows; i++) {
				if (i != r && Math.abs(m[i][c]) > 1e-9) {
					double factor = m[i][c];
					for (int j = c; j < width; j++) {
						m[i][j] -= factor * m[r][j];
					}
				}
			}
			pivotOfRow[r] = c;
			r++;
		}
		return pivotOfRow;
	}

	private static int cellOf(int signed) {
		return (signed >= 0) ? signed : ~signed;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
