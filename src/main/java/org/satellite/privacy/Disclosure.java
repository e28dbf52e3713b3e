package org.satellite.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satellite.privacy.internal.Audit;

/**
 * One disclosure policy for every count a program publishes: all the tables of one
 * publication (pages, CSVs, API) are described together, as cells and the sums that link
 * them, and protected together.
 *
 * <p>
 * The rule. A published count under {@link #K} is a <em>small</em> cell, shown as
 * {@code <5} (zero included: "none of these" can be as telling as "one"). Then an
 * attacker is played: from every shown number, every sum linking cells (a month's total
 * is the sum of its classes; a year is the sum of its months; a count "with fentanyl" is
 * at most the count of samples), the bounds each mark gives away ({@code <5} means 0 to
 * 4; "hidden" means 5 or more) and exact linear algebra, the interval each hidden cell
 * can lie in is worked out ({@link Audit}). While any hidden cell is pinned to one value,
 * one more cell is hidden to protect it: a <em>hidden</em> cell (complementary
 * suppression), marked differently from a small count so that nobody reads it as "under
 * 5". The cell chosen is the nearest one, through the sums, of the lowest importance (the
 * caller ranks cells: a month's headline figure is the last choice), then of the smallest
 * count, so that the picture stays as honest as it can. Last, each hidden cell, the most
 * important first, is shown again (with the less important hidden cells of its sums) if
 * what it protected can be protected by hiding less important cells instead.
 *
 * <p>
 * A <em>piece</em> is a count that is never published but that published cells are sums
 * of (the days of a fortnight that fall in one month): the attacker does not know it, but
 * the sums still bind it.
 *
 * <p>
 * The guarantee: no hidden cell can be worked out to one value by bounds propagation or
 * by any linear combination of the published figures. A full integer-programming attack
 * can narrow some intervals further; the adversarial test of each publication checks what
 * it publishes.
 */
public final class Disclosure {

	/** The smallest count that is shown. */
	public static final int K = 5;

	/** How a published cell appears. */
	public enum Mark {

		/** The count itself. */
		SHOWN,
		/** A count under {@link #K}, written {@code <5}. */
		SMALL,
		/** A count of {@link #K} or more, hidden only to protect a small one. */
		HIDDEN

	}

	private final List<String> ids = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final List<long[]> values = new ArrayList<>();

	private final List<Integer> importance = new ArrayList<>();

	private final List<Boolean> published = new ArrayList<>();

	private final List<String> groups = new ArrayList<>();

	private final Set<Integer> alwaysShown = new HashSet<>();

	private final List<int[]> sums = new ArrayList<>();

	private final List<int[]> atMost = new ArrayList<>();

	/**
	 * A published count. {@code importance} ranks what to hide last: 0 for the least
	 * informative detail, higher for totals and headline figures.
	 */
	public Disclosure cell(String id, long value, int importance) {
		return cell(id, value, importance, id);
	}

	/**
	 * A published count in a group (a row of a table: one period's figures): a cell of
	 * the same group as the one to protect is preferred, at equal importance, so that one
	 * period's picture changes rather than several.
	 */
	public Disclosure cell(String id, long value, int importance, String group) {
		add(id, value, importance, true);
		this.groups.set(this.groups.size() - 1, group);
		return this;
	}

	/**
	 * A published count shown whatever its value, because it cannot point at anyone: a
	 * period in which nothing at all was counted (a service closed for a month) shows its
	 * zeros.
	 */
	public Disclosure known(String id, long value, String group) {
		cell(id, value, Integer.MAX_VALUE - 1, group);
		this.alwaysShown.add(this.ids.size() - 1);
		return this;
	}

	/** A count that is never published, but that some published cells are sums of. */
	public Disclosure piece(String id, long value) {
		add(id, value, Integer.MAX_VALUE, false);
		return this;
	}

	/** {@code whole} is the sum of {@code parts}; every id must have been added. */
	public Disclosure sum(String whole, List<String> parts) {
		int[] equation = new int[parts.size() + 1];
		equation[0] = require(whole);
		long total = 0;
		for (int i = 0; i < parts.size(); i++) {
			equation[i + 1] = require(parts.get(i));
			total += this.values.get(equation[i + 1])[0];
		}
		if (total != this.values.get(equation[0])[0]) {
			throw new IllegalArgumentException(whole + " is not the sum of its parts");
		}
		this.sums.add(equation);
		return this;
	}

	/**
	 * {@code part} is never more than {@code whole} (samples with fentanyl, of the
	 * samples).
	 */
	public Disclosure atMost(String part, String whole) {
		this.atMost.add(new int[] { require(part), require(whole) });
		return this;
	}

	/**
	 * Marks every published cell: small counts, then as many hidden cells as it takes to
	 * protect them, then gives back what that hid needlessly ({@link #giveBack}).
	 */
	public Map<String, Mark> protect() {
		int n = this.ids.size();
		Mark[] marks = new Mark[n];
		for (int i = 0; i < n; i++) {
			marks[i] = !this.published.get(i) ? null
					: (this.values.get(i)[0] < K && !this.alwaysShown.contains(i)) ? Mark.SMALL : Mark.SHOWN;
		}
		Problem problem = new Problem();
		if (!suppress(marks, problem, Integer.MAX_VALUE)) {
			throw new IllegalStateException("A hidden cell cannot be protected");
		}
		giveBack(marks, problem);
		Map<String, Mark> result = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			if (marks[i] != null) {
				result.put(this.ids.get(i), marks[i]);
			}
		}
		return result;
	}

	/**
	 * The cells hidden one at a time can end up hiding more, or more important, figures
	 * than needed: a month's total hidden early may no longer be needed once a fortnight
	 * was hidden for another cell. Each hidden cell, the most important first, is shown
	 * again on trial, with the less important hidden cells of the sums it is in, and kept
	 * shown if the cells they protected can be protected by hiding only less important
	 * ones; so a headline figure stays hidden only when nothing less important can take
	 * its place.
	 */
	private void giveBack(Mark[] marks, Problem problem) {
		List<Integer> hidden = new ArrayList<>();
		for (int i = 0; i < marks.length; i++) {
			if (marks[i] == Mark.HIDDEN && this.importance.get(i) >= GIVE_BACK_FROM) {
				hidden.add(i);
			}
		}
		hidden.sort(Comparator.comparing((Integer i) -> this.importance.get(i))
			.thenComparing((i) -> this.values.get(i)[0])
			.reversed());
		for (int cell : hidden) {
			if (marks[cell] != Mark.HIDDEN) {
				continue;
			}
			int ceiling = this.importance.get(cell);
			Mark[] trial = marks.clone();
			trial[cell] = Mark.SHOWN;
			// What was hidden through this cell's sums and matters less may have been the
			// reason it was hidden: a
			// quarter's total hidden first leaves only its months to protect it. Those
			// are shown again with it.
			for (int e : problem.sumsOf[cell]) {
				for (int other : problem.equations.get(e)) {
					if (trial[other] == Mark.HIDDEN && this.importance.get(other) < ceiling) {
						trial[other] = Mark.SHOWN;
					}
				}
			}
			if (suppress(trial, problem, ceiling)) {
				System.arraycopy(trial, 0, marks, 0, marks.length);
			}
		}
	}

	/**
	 * Cells at least this important are given back when they can be: fortnights and
	 * totals (5 and up in the open data). Trying every hidden class and substance too
	 * took the build of a million samples' figures from 9 s to 17 s.
	 */
	private static final int GIVE_BACK_FROM = 5;

	/**
	 * Hides cells less important than {@code ceiling} until no hidden cell is pinned;
	 * false if some pinned cell has no such cell left to protect it.
	 */
	private boolean suppress(Mark[] marks, Problem problem, int ceiling) {
		while (true) {
			List<Integer> pinned = Audit.pinned(problem.value, marks, problem.published, problem.equations,
					this.atMost);
			if (pinned.isEmpty()) {
				return true;
			}
			// One cell per neighbourhood and round: a cell hidden for one pinned cell
			// often frees its neighbours too.
			boolean hidOne = false;
			boolean[] touched = new boolean[problem.links.size()];
			for (int cell : pinned) {
				if (Arrays.stream(problem.byCell[cell]).anyMatch((e) -> touched[e])) {
					continue;
				}
				int chosen = lone(cell, marks, problem.value, problem.equations, problem.sumsOf, ceiling);
				if (chosen < 0) {
					chosen = complement(cell, marks, problem.value, problem.equations, problem.sumsOf, ceiling);
				}
				if (chosen < 0) {
					chosen = complement(cell, marks, problem.value, problem.links, problem.byCell, ceiling);
				}
				if (chosen >= 0) {
					marks[chosen] = Mark.HIDDEN;
					hidOne = true;
					for (int e : problem.byCell[cell]) {
						touched[e] = true;
					}
					for (int e : problem.byCell[chosen]) {
						touched[e] = true;
					}
				}
			}
			if (!hidOne) {
				return false;
			}
		}
	}

	/** The cells, sums and bounds of the publication, indexed once for the searches. */
	private final class Problem {

		final long[] value = Disclosure.this.values.stream().mapToLong((v) -> v[0]).toArray();

		final boolean[] published = new boolean[Disclosure.this.ids.size()];

		final List<int[]> equations = List.copyOf(Disclosure.this.sums);

		/**
		 * The search for a cell to hide goes through the bounds too: a count "at most"
		 * another binds them as a sum does.
		 */
		final List<int[]> links = new ArrayList<>(this.equations);

		final int[][] byCell;

		final int[][] sumsOf;

		Problem() {
			for (int i = 0; i < this.published.length; i++) {
				this.published[i] = Disclosure.this.published.get(i);
			}
			this.links.addAll(Disclosure.this.atMost);
			this.byCell = cellsToEquations(this.published.length, this.links);
			this.sumsOf = cellsToEquations(this.published.length, this.equations);
		}

	}

	/**
	 * The shown cell to hide for a cell that is the only one withheld in some sum, the
	 * classic case: the best shown member of such a sum (the least important, then one of
	 * the same group, then the smallest).
	 */
	private int lone(int cell, Mark[] marks, long[] value, List<int[]> equations, int[][] sumsOf, int ceiling) {
		int best = -1;
		int[] depth = new int[marks.length];
		for (int e : sumsOf[cell]) {
			int[] equation = equations.get(e);
			if (Arrays.stream(equation).filter((c) -> marks[c] != Mark.SHOWN).count() != 1) {
				continue;
			}
			for (int other : equation) {
				if (marks[other] == Mark.SHOWN && !this.alwaysShown.contains(other)
						&& this.importance.get(other) < ceiling
						&& (best < 0 || better(other, best, cell, depth, value))) {
					best = other;
				}
			}
		}
		return best;
	}

	/**
	 * The shown cell to hide for a pinned one, searched through the sums: the least
	 * important first (a headline figure only when nothing else is near), then the
	 * nearest, then one of the same group, then the smallest count.
	 */
	private int complement(int start, Mark[] marks, long[] value, List<int[]> equations, int[][] byCell, int ceiling) {
		int[] depth = new int[marks.length];
		Arrays.fill(depth, -1);
		boolean[] usedEquation = new boolean[equations.size()];
		List<Integer> frontier = new ArrayList<>(List.of(start));
		depth[start] = 0;
		int best = -1;
		for (int level = 1; !frontier.isEmpty(); level++) {
			List<Integer> next = new ArrayList<>();
			// An unpublished piece costs no step: it is only the way from one published
			// cell to the next.
			for (int f = 0; f < frontier.size(); f++) {
				int cell = frontier.get(f);
				for (int e : byCell[cell]) {
					if (usedEquation[e]) {
						continue;
					}
					usedEquation[e] = true;
					for (int other : equations.get(e)) {
						if (depth[other] >= 0) {
							continue;
						}
						depth[other] = level;
						if (marks[other] == Mark.SHOWN && this.alwaysShown.contains(other)) {
							continue;
						}
						if (marks[other] == Mark.SHOWN) {
							if (this.importance.get(other) < ceiling
									&& (best < 0 || better(other, best, start, depth, value))) {
								best = other;
							}
						}
						else if (!this.published.get(other)) {
							depth[other] = level - 1;
							frontier.add(other);
						}
						else {
							next.add(other);
						}
					}
				}
			}
			if (best >= 0 && level >= SEARCH_DEPTH) {
				return best;
			}
			frontier = next;
		}
		return best;
	}

	/**
	 * How far through the sums a cheaper cell is looked for before a nearer, more
	 * important one is taken.
	 */
	private static final int SEARCH_DEPTH = 1;

	private boolean better(int candidate, int current, int start, int[] depth, long[] value) {
		int a = this.importance.get(candidate);
		int b = this.importance.get(current);
		if (a != b) {
			return a < b;
		}
		if (depth[candidate] != depth[current]) {
			return depth[candidate] < depth[current];
		}
		boolean sameA = this.groups.get(candidate).equals(this.groups.get(start));
		boolean sameB = this.groups.get(current).equals(this.groups.get(start));
		if (sameA != sameB) {
			return sameA;
		}
		return value[candidate] < value[current];
	}

	private static int[][] cellsToEquations(int n, List<int[]> equations) {
		int[] counts = new int[n];
		for (int[] equation : equations) {
			for (int cell : equation) {
				counts[cell]++;
			}
		}
		int[][] byCell = new int[n][];
		for (int i = 0; i < n; i++) {
			byCell[i] = new int[counts[i]];
		}
		Arrays.fill(counts, 0);
		for (int e = 0; e < equations.size(); e++) {
			for (int cell : equations.get(e)) {
				byCell[cell][counts[cell]++] = e;
			}
		}
		return byCell;
	}

	private void add(String id, long value, int importance, boolean published) {
		if (value < 0) {
			throw new IllegalArgumentException("Counts are never negative: " + id);
		}
		if (this.index.putIfAbsent(id, this.ids.size()) != null) {
			throw new IllegalArgumentException("Added twice: " + id);
		}
		this.ids.add(id);
		this.values.add(new long[] { value });
		this.importance.add(importance);
		this.published.add(published);
		this.groups.add(id);
	}

	private int require(String id) {
		Integer i = this.index.get(id);
		if (i == null) {
			throw new IllegalArgumentException("No cell " + id);
		}
		return i;
	}

}
