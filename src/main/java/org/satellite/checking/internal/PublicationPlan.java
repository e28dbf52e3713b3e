package org.satellite.checking.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.satellite.checking.SubstanceClass;
import org.satellite.checking.internal.Publication.Count;
import org.satellite.checking.internal.Publication.Figures;
import org.satellite.checking.internal.Publication.Kind;
import org.satellite.checking.internal.Publication.Measure;
import org.satellite.checking.internal.Publication.Period;
import org.satellite.checking.internal.Publication.SubstanceFigures;
import org.satellite.privacy.Disclosure;
import org.satellite.privacy.Disclosure.Mark;

/**
 * Builds the {@link Publication} from the rollup: lays out every figure to be published
 * and every sum that links them, as an attacker would see them, then lets
 * {@link Disclosure} protect them all together.
 *
 * <p>
 * What is published: each month, quarter and year that has ended, from the first month
 * with a sample, by class of expected substance (with the month's total); each fortnight
 * of the fixed grid that has ended, as totals only; each quarter and year by expected
 * substance. The sums: a period's total is the sum of its classes; a quarter is the sum
 * of its months and a year of its quarters, class by class and substance by substance; a
 * class is the sum of its substances; a month and a fortnight are each the sum of the
 * days they share (pieces that are never published). The bounds: a count with a finding
 * is at most the samples it counts; fentanyl in a sample not expected to be an opioid,
 * and a benzodiazepine in an expected opioid, are always notable, so those counts are at
 * most the notable ones.
 *
 * <p>
 * What is hidden first and last (importance): the samples nobody knows what to expect of
 * and single substances (0), classes of quarters and years (2), fortnights (5), a year's
 * totals (6, 5 for findings), a quarter's (7, 6), and last a month's (9 for its samples,
 * 8 for its findings).
 */
final class PublicationPlan {

	private static final int COLUMNS = Publication.COLUMNS.size();

	private static final Measure[] MEASURES = Measure.values();

	private final Disclosure disclosure = new Disclosure();

	private final Map<String, Long> values = new HashMap<>();

	private PublicationPlan() {
	}

	static Publication of(OpenDataRollup.Snapshot snapshot, LocalDate today) {
		return new PublicationPlan().build(snapshot, today);
	}

	private Publication build(OpenDataRollup.Snapshot snapshot, LocalDate today) {
		List<OpenDataLine> lines = snapshot.lines();
		Map<Integer, Substance> vocabulary = new LinkedHashMap<>();
		snapshot.substances().forEach((s) -> vocabulary.put(s.id(), s));
		Map<YearMonth, long[][]> months = new TreeMap<>();
		Map<String, long[]> pieces = new HashMap<>();
		Map<YearMonth, Map<Integer, long[]>> substancesByMonth = new HashMap<>();
		TreeSet<Integer> substanceIds = new TreeSet<>();
		for (OpenDataLine line : lines) {
			YearMonth month = YearMonth.from(line.month());
			long[][] counts = months.computeIfAbsent(month, (m) -> new long[MEASURES.length][COLUMNS]);
			long[] piece = pieces.computeIfAbsent(month + "|" + line.fortnight(), (key) -> new long[MEASURES.length]);
			long[] bySubstance = (line.expectedId() != null && vocabulary.containsKey(line.expectedId()))
					? substancesByMonth.computeIfAbsent(month, (m) -> new HashMap<>())
						.computeIfAbsent(line.expectedId(), (id) -> new long[MEASURES.length])
					: null;
			if (bySubstance != null) {
				substanceIds.add(line.expectedId());
			}
			int column = Publication.column(line.expectedClass());
			boolean[] counted = { true, line.fentanyl(), line.benzodiazepine(), line.notable() };
			for (Measure measure : MEASURES) {
				if (counted[measure.ordinal()]) {
					counts[measure.ordinal()][0] += line.samples();
					counts[measure.ordinal()][column] += line.samples();
					piece[measure.ordinal()] += line.samples();
					if (bySubstance != null) {
						bySubstance[measure.ordinal()] += line.samples();
					}
				}
			}
		}
		List<Period> periods = new ArrayList<>();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		if (months.isEmpty() || months.keySet().iterator().next().isAfter(last)) {
			return new Publication(snapshot.version(), today, List.of(), Map.of(), Map.of(), snapshot.substances());
		}
		YearMonth first = months.keySet().iterator().next();
		List<Period> monthPeriods = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			monthPeriods.add(new Period(Kind.MONTH, m.atDay(1), m.atEndOfMonth()));
		}
		List<Period> quarters = new ArrayList<>();
		List<Period> years = new ArrayList<>();
		for (YearMonth q = first.withMonth(1 + 3 * ((first.getMonthValue() - 1) / 3)); !q.plusMonths(2)
			.isAfter(last); q = q.plusMonths(3)) {
			quarters.add(new Period(Kind.QUARTER, q.atDay(1), q.plusMonths(2).atEndOfMonth()));
		}
		for (int y = first.getYear(); !YearMonth.of(y, 12).isAfter(last); y++) {
			years.add(new Period(Kind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
		}
		List<Period> fortnights = new ArrayList<>();
		LocalDate grid = LocalDate.of(2000, 1, 3);
		LocalDate start = grid.plusDays(Math.floorDiv(first.atDay(1).toEpochDay() - grid.toEpochDay(), 14) * 14);
		for (; start.plusDays(13).isBefore(today); start = start.plusDays(14)) {
			if (!start.isBefore(first.atDay(1))) {
				fortnights.add(new Period(Kind.FORTNIGHT, start, start.plusDays(13)));
			}
		}
		// Figures by class.
		for (Period month : monthPeriods) {
			long[][] counts = months.getOrDefault(YearMonth.from(month.start()), new long[MEASURES.length][COLUMNS]);
			addClasses(month, counts, 1);
		}
		for (Period quarter : quarters) {
			addClasses(quarter, sumOf(quarter, monthPeriods), 2);
			hierarchy(quarter, within(quarter, monthPeriods), COLUMNS);
		}
		for (Period year : years) {
			addClasses(year, sumOf(year, quarters), 2);
			hierarchy(year, within(year, quarters), COLUMNS);
		}
		// Fortnights, through the pieces they share with months.
		Map<Period, List<String>> piecesOfMonth = new LinkedHashMap<>();
		for (Period fortnight : fortnights) {
			long[] total = new long[MEASURES.length];
			Map<Measure, List<String>> parts = new HashMap<>();
			for (YearMonth m = YearMonth.from(fortnight.start()); !m.isAfter(YearMonth.from(fortnight.end())); m = m
				.plusMonths(1)) {
				long[] piece = pieces.getOrDefault(m + "|" + fortnight.start(), new long[MEASURES.length]);
				for (Measure measure : MEASURES) {
					String id = piece(m, fortnight.start(), measure, piece[measure.ordinal()]);
					parts.computeIfAbsent(measure, (x) -> new ArrayList<>()).add(id);
					total[measure.ordinal()] += piece[measure.ordinal()];
				}
			}
			for (Measure measure : MEASURES) {
				String id = id(fortnight, measure, 0);
				if (total[Measure.SAMPLES.ordinal()] == 0) {
					known(id, fortnight.label() + measure);
				}
				else {
					cell(id, total[measure.ordinal()], 5, fortnight.label() + measure);
				}
				this.disclosure.sum(id, parts.get(measure));
			}
			atMostSamples(fortnight, 0);
		}
		for (Period month : monthPeriods) {
			YearMonth m = YearMonth.from(month.start());
			LocalDate f = grid.plusDays(Math.floorDiv(month.start().toEpochDay() - grid.toEpochDay(), 14) * 14);
			Map<Measure, List<String>> parts = new HashMap<>();
			for (; !f.isAfter(month.end()); f = f.plusDays(14)) {
				long[] piece = pieces.getOrDefault(m + "|" + f, new long[MEASURES.length]);
				for (Measure measure : MEASURES) {
					parts.computeIfAbsent(measure, (x) -> new ArrayList<>())
						.add(piece(m, f, measure, piece[measure.ordinal()]));
				}
			}
			for (Measure measure : MEASURES) {
				this.disclosure.sum(id(month, measure, 0), parts.get(measure));
			}
		}
		// Expected substances, in quarters and years: those with at least K samples in
		// some quarter get a row; the
		// others of a class are one piece, never published.
		List<Integer> ids = new ArrayList<>();
		for (Integer substance : substanceIds) {
			boolean common = false;
			for (Period quarter : quarters) {
				long samples = 0;
				for (Period month : within(quarter, monthPeriods)) {
					long[] counts = substancesByMonth.getOrDefault(YearMonth.from(month.start()), Map.of())
						.get(substance);
					samples += (counts != null) ? counts[0] : 0;
				}
				common |= samples >= Disclosure.K;
			}
			if (common) {
				ids.add(substance);
			}
		}
		for (Period period : concat(quarters, years)) {
			for (int i = 0; i < ids.size(); i++) {
				long[] total = new long[MEASURES.length];
				for (Period month : within(period, monthPeriods)) {
					long[] counts = substancesByMonth.getOrDefault(YearMonth.from(month.start()), Map.of())
						.get(ids.get(i));
					for (int k = 0; counts != null && k < MEASURES.length; k++) {
						total[k] += counts[k];
					}
				}
				Substance substance = vocabulary.get(ids.get(i));
				boolean nothing = sumOf(period, monthPeriods)[Measure.SAMPLES.ordinal()][0] == 0;
				for (Measure measure : MEASURES) {
					if (nothing) {
						known(substanceId(period, measure, ids.get(i)), period.label() + measure + "s");
					}
					else {
						cell(substanceId(period, measure, ids.get(i)), total[measure.ordinal()], 0,
								period.label() + measure + "s");
					}
				}
				atMostNotable(period, measure -> substanceId(period, measure, substance.id()),
						substance.substanceClass());
			}
			for (Measure measure : MEASURES) {
				for (SubstanceClass c : SubstanceClass.values()) {
					List<String> parts = new ArrayList<>(ids.stream()
						.filter((id) -> vocabulary.get(id).substanceClass() == c)
						.map((id) -> substanceId(period, measure, id))
						.toList());
					if (!parts.isEmpty()) {
						long listed = parts.stream().mapToLong(this.values::get).sum();
						String rest = "rest|" + period.label() + "|" + measure + "|" + c;
						this.values.put(rest, this.values.get(id(period, measure, Publication.column(c))) - listed);
						this.disclosure.piece(rest, this.values.get(rest));
						parts.add(rest);
						this.disclosure.sum(id(period, measure, Publication.column(c)), parts);
					}
				}
			}
		}
		for (Period year : years) {
			for (Integer substance : ids) {
				for (Measure measure : MEASURES) {
					this.disclosure.sum(substanceId(year, measure, substance),
							within(year, quarters).stream().map((q) -> substanceId(q, measure, substance)).toList());
				}
			}
		}
		Map<String, Mark> marks = this.disclosure.protect();
		periods.addAll(years.reversed());
		periods.addAll(quarters.reversed());
		periods.addAll(monthPeriods.reversed());
		periods.addAll(fortnights.reversed());
		Map<Period, Figures> figures = new LinkedHashMap<>();
		for (Period period : periods) {
			int columns = (period.kind() == Kind.FORTNIGHT) ? 1 : COLUMNS;
			List<List<Count>> counts = new ArrayList<>();
			for (Measure measure : MEASURES) {
				List<Count> line = new ArrayList<>();
				for (int column = 0; column < columns; column++) {
					String id = id(period, measure, column);
					line.add(published(period, measure, column) ? Count.of(this.values.get(id), marks.get(id))
							: Count.UNPUBLISHED);
				}
				counts.add(List.copyOf(line));
			}
			figures.put(period, new Figures(period, List.copyOf(counts)));
		}
		Map<Period, List<SubstanceFigures>> bySubstance = new LinkedHashMap<>();
		for (Period period : periods) {
			if (period.kind() == Kind.YEAR || period.kind() == Kind.QUARTER) {
				List<SubstanceFigures> rows = new ArrayList<>();
				for (Integer substance : ids) {
					List<Count> counts = new ArrayList<>();
					for (Measure measure : MEASURES) {
						String id = substanceId(period, measure, substance);
						counts.add(Count.of(this.values.get(id), marks.get(id)));
					}
					rows.add(new SubstanceFigures(vocabulary.get(substance), List.copyOf(counts)));
				}
				bySubstance.put(period, List.copyOf(rows));
			}
		}
		return new Publication(snapshot.version(), today, List.copyOf(periods), figures, bySubstance,
				snapshot.substances());
	}

	private void addClasses(Period period, long[][] counts, int classImportance) {
		int headline = switch (period.kind()) {
			case MONTH -> 9;
			case QUARTER -> 7;
			default -> 6;
		};
		for (Measure measure : MEASURES) {
			List<String> parts = new ArrayList<>();
			for (int column = 0; column < COLUMNS; column++) {
				if (!published(period, measure, column)) {
					this.values.put(id(period, measure, column), counts[measure.ordinal()][column]);
					continue;
				}
				int importance = (column == 0) ? ((measure == Measure.SAMPLES) ? headline : headline - 1)
						: (column == COLUMNS - 1) ? 0 : classImportance;
				if (counts[Measure.SAMPLES.ordinal()][0] == 0) {
					known(id(period, measure, column), period.label() + measure);
				}
				else {
					cell(id(period, measure, column), counts[measure.ordinal()][column], importance,
							period.label() + measure);
				}
				if (column > 0) {
					parts.add(id(period, measure, column));
				}
			}
			if (!parts.isEmpty()) {
				this.disclosure.sum(id(period, measure, 0), parts);
			}
		}
		atMostSamples(period, 0);
		if (published(period, Measure.FENTANYL, 1)) {
			for (SubstanceClass c : SubstanceClass.values()) {
				int column = Publication.column(c);
				atMostNotable(period, (measure) -> id(period, measure, column), c);
			}
			atMostNotable(period, (measure) -> id(period, measure, COLUMNS - 1), null);
		}
	}

	/**
	 * Whether a figure is published: every period's totals; by class of expected
	 * substance only for quarters and years, where there are enough samples for a class
	 * to mean something (decision 0050).
	 */
	static boolean published(Period period, Measure measure, int column) {
		return column == 0 || period.kind() == Kind.QUARTER || period.kind() == Kind.YEAR;
	}

	private void atMostSamples(Period period, int column) {
		for (Measure measure : MEASURES) {
			if (measure != Measure.SAMPLES) {
				this.disclosure.atMost(id(period, measure, column), id(period, Measure.SAMPLES, column));
			}
		}
	}

	/**
	 * Findings of samples of one expected class: at most its samples, and notable where
	 * the rule says so.
	 */
	private void atMostNotable(Period period, Function<Measure, String> idOf, SubstanceClass expected) {
		for (Measure measure : MEASURES) {
			if (measure != Measure.SAMPLES) {
				this.disclosure.atMost(idOf.apply(measure), idOf.apply(Measure.SAMPLES));
			}
		}
		if (expected == SubstanceClass.OPIOID) {
			this.disclosure.atMost(idOf.apply(Measure.BENZODIAZEPINE), idOf.apply(Measure.NOTABLE));
		}
		else {
			this.disclosure.atMost(idOf.apply(Measure.FENTANYL), idOf.apply(Measure.NOTABLE));
		}
	}

	private void hierarchy(Period whole, List<Period> parts, int columns) {
		for (Measure measure : MEASURES) {
			for (int column = 0; column < columns; column++) {
				if (parts.isEmpty() || !published(parts.get(0), measure, column)) {
					continue;
				}
				int c = column;
				this.disclosure.sum(id(whole, measure, column), parts.stream().map((p) -> id(p, measure, c)).toList());
			}
		}
	}

	private long[][] sumOf(Period whole, List<Period> parts) {
		long[][] sum = new long[MEASURES.length][COLUMNS];
		for (Period part : within(whole, parts)) {
			for (Measure measure : MEASURES) {
				for (int column = 0; column < COLUMNS; column++) {
					sum[measure.ordinal()][column] += this.values.getOrDefault(id(part, measure, column), 0L);
				}
			}
		}
		return sum;
	}

	private static List<Period> within(Period whole, List<Period> parts) {
		return parts.stream()
			.filter((p) -> !p.start().isBefore(whole.start()) && !p.end().isAfter(whole.end()))
			.toList();
	}

	private static List<Period> concat(List<Period> a, List<Period> b) {
		List<Period> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * A count of a period in which no sample at all was checked: 0, shown, since it
	 * points at no one.
	 */
	private void known(String id, String group) {
		this.disclosure.known(id, 0, group);
		this.values.put(id, 0L);
	}

	private void cell(String id, long value, int importance, String group) {
		this.disclosure.cell(id, value, importance, group);
		this.values.put(id, value);
	}

	private String piece(YearMonth month, LocalDate fortnight, Measure measure, long value) {
		String id = "piece|" + month + "|" + fortnight + "|" + measure;
		if (this.values.putIfAbsent(id, value) == null) {
			this.disclosure.piece(id, value);
		}
		return id;
	}

	private static String id(Period period, Measure measure, int column) {
		return period.kind() + "|" + period.label() + "|" + measure + "|" + column;
	}

	private static String substanceId(Period period, Measure measure, int substance) {
		return period.kind() + "|" + period.label() + "|" + measure + "|s" + substance;
	}

}
