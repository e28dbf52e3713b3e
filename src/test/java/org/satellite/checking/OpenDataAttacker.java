package org.satellite.checking;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.satellite.checking.internal.Findings;
import org.satellite.privacy.internal.Audit;
import org.satellite.privacy.Disclosure.Mark;

/**
 * Someone who downloads every public file of {@code /data} and tries to work out what it
 * hides. It knows nothing but the files and the rules the page states: a period's total
 * is the sum of its classes; a quarter is the sum of its months and a year of its
 * quarters; a class holds its listed substances and maybe others; a month and a fortnight
 * share days; a count with a finding is never more than the samples it counts, and
 * fentanyl in a sample not expected to be an opioid (a benzodiazepine in an expected
 * opioid) is always notable; {@code <5} is 0 to 4 and {@code hidden} is 5 or more; a
 * month before the first one published had no samples.
 *
 * <p>
 * It builds the linear system of all that, then attacks it with bounds propagated through
 * every relation and with exact linear algebra ({@link Audit}), and with the plain attack
 * anyone would try first: a sum with a single withheld cell.
 */
final class OpenDataAttacker {

	static final String[] MEASURES = { "samples", "with_fentanyl", "with_benzodiazepine", "with_notable" };

	private final List<String> ids = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final List<Long> values = new ArrayList<>();

	private final List<Mark> marks = new ArrayList<>();

	private final List<Boolean> published = new ArrayList<>();

	private final List<int[]> sums = new ArrayList<>();

	private final List<int[]> atMost = new ArrayList<>();

	/** Every period found in the files: kind and label to first and last day. */
	private final Map<String, LocalDate[]> periods = new LinkedHashMap<>();

	private final Map<String, String> classOfSubstance = new HashMap<>();

	/**
	 * What the attack found: the withheld cells worked out, and the sums that had exactly
	 * one withheld cell.
	 */
	record Findings(int withheld, List<String> recovered, List<String> loneSums) {
	}

	static Findings attack(String figuresCsv, String substancesCsv) throws IOException {
		OpenDataAttacker attacker = new OpenDataAttacker();
		attacker.read(figuresCsv, substancesCsv);
		return attacker.run();
	}

	private void read(String figuresCsv, String substancesCsv) throws IOException {
		Map<String, List<String>> columnsOf = new HashMap<>();
		for (CSVRecord r : parse(figuresCsv)) {
			String period = r.get("period_kind") + " " + r.get("period");
			this.periods.putIfAbsent(period,
					new LocalDate[] { LocalDate.parse(r.get("period_start")), LocalDate.parse(r.get("period_end")) });
			columnsOf.computeIfAbsent(period, (p) -> new ArrayList<>()).add(r.get("expected_class"));
			for (String measure : MEASURES) {
				cell(period + "|" + measure + "|" + r.get("expected_class"), r.get(measure));
			}
		}
		Map<String, List<String>> substancesOf = new HashMap<>();
		for (CSVRecord r : parse(substancesCsv)) {
			String period = r.get("period_kind") + " " + r.get("period");
			String substance = "s:" + r.get("expected_substance");
			this.classOfSubstance.put(substance, r.get("expected_class"));
			substancesOf.computeIfAbsent(period, (p) -> new ArrayList<>()).add(substance);
			for (String measure : MEASURES) {
				cell(period + "|" + measure + "|" + substance, r.get(measure));
			}
		}
		for (Map.Entry<String, List<String>> period : columnsOf.entrySet()) {
			for (String measure : MEASURES) {
				String p = period.getKey();
				List<String> classes = period.getValue().stream().filter((c) -> !c.equals("ALL")).toList();
				if (!classes.isEmpty()) {
					sum(p + "|" + measure + "|ALL", classes.stream().map((c) -> p + "|" + measure + "|" + c).toList());
				}
				for (String column : period.getValue()) {
					bounds(p, measure, column, column);
				}
			}
		}
		for (String whole : this.periods.keySet()) {
			String finer = whole.startsWith("YEAR") ? "QUARTER" : whole.startsWith("QUARTER") ? "MONTH" : null;
			if (finer == null) {
				continue;
			}
			List<String> parts = this.periods.keySet()
				.stream()
				.filter((p) -> p.startsWith(finer) && inside(p, whole))
				.toList();
			List<String> columns = new ArrayList<>(columnsOf.get(whole));
			columns.addAll(substancesOf.getOrDefault(whole, List.of()));
			for (String measure : MEASURES) {
				for (String column : columns) {
					List<String> partIds = parts.stream().map((p) -> p + "|" + measure + "|" + column).toList();
					if (!parts.isEmpty() && partIds.stream().allMatch(this.index::containsKey)) {
						sum(whole + "|" + measure + "|" + column, partIds);
					}
				}
			}
		}
		for (Map.Entry<String, List<String>> period : substancesOf.entrySet()) {
			String p = period.getKey();
			for (String measure : MEASURES) {
				Map<String, List<String>> byClass = new HashMap<>();
				for (String substance : period.getValue()) {
					byClass.computeIfAbsent(this.classOfSubstance.get(substance), (c) -> new ArrayList<>())
						.add(p + "|" + measure + "|" + substance);
				}
				for (Map.Entry<String, List<String>> c : byClass.entrySet()) {
					List<String> parts = new ArrayList<>(c.getValue());
					parts.add(piece(p + "|" + measure + "|others of " + c.getKey()));
					sum(p + "|" + measure + "|" + c.getKey(), parts);
				}
			}
			for (String substance : period.getValue()) {
				for (String measure : MEASURES) {
					bounds(p, measure, substance, this.classOfSubstance.get(substance));
				}
			}
		}
		daysSharedByMonthsAndFortnights();
	}

	/**
	 * Months and fortnights overlap: each is the sum of the stretches of days it shares
	 * with the other kind.
	 */
	private void daysSharedByMonthsAndFortnights() {
		List<String> months = this.periods.keySet().stream().filter((p) -> p.startsWith("MONTH")).toList();
		List<String> fortnights = this.periods.keySet().stream().filter((p) -> p.startsWith("FORTNIGHT")).toList();
		if (months.isEmpty() || fortnights.isEmpty()) {
			return;
		}
		LocalDate grid = this.periods.get(fortnights.get(0))[0];
		for (String measure : MEASURES) {
			Map<String, List<String>> partsOf = new HashMap<>();
			for (String month : months) {
				LocalDate[] m = this.periods.get(month);
				LocalDate f = grid.plusDays(Math.floorDiv(m[0].toEpochDay() - grid.toEpochDay(), 14) * 14);
				for (; !f.isAfter(m[1]); f = f.plusDays(14)) {
					String stretch = piece(month + "∩" + f + "|" + measure);
					partsOf.computeIfAbsent(month, (x) -> new ArrayList<>()).add(stretch);
					partsOf.computeIfAbsent("F" + f, (x) -> new ArrayList<>()).add(stretch);
				}
			}
			for (String fortnight : fortnights) {
				LocalDate[] f = this.periods.get(fortnight);
				List<String> parts = new ArrayList<>(partsOf.getOrDefault("F" + f[0], List.of()));
				LocalDate lastMonthStart = this.periods.get(months.get(months.size() - 1))[1];
				if (f[1].isAfter(lastMonthStart)) {
					parts.add(piece("after the last month ∩ " + f[0] + "|" + measure));
				}
				if (!parts.isEmpty()) {
					sum(fortnight + "|" + measure + "|ALL", parts);
				}
			}
			for (String month : months) {
				sum(month + "|" + measure + "|ALL", partsOf.get(month));
			}
		}
	}

	private void bounds(String period, String measure, String column, String expectedClass) {
		String samples = period + "|samples|" + column;
		String here = period + "|" + measure + "|" + column;
		if (!measure.equals("samples") && this.index.containsKey(here)) {
			this.atMost.add(new int[] { this.index.get(here), this.index.get(samples) });
		}
		String notable = period + "|with_notable|" + column;
		if (column.equals("ALL") || !this.index.containsKey(notable)) {
			return;
		}
		String alwaysNotable = expectedClass.equals("OPIOID") ? "with_benzodiazepine" : "with_fentanyl";
		if (measure.equals(alwaysNotable)) {
			this.atMost.add(new int[] { this.index.get(here), this.index.get(notable) });
		}
	}

	private Findings run() {
		int n = this.ids.size();
		long[] value = new long[n];
		Mark[] mark = new Mark[n];
		boolean[] isPublished = new boolean[n];
		int withheld = 0;
		for (int i = 0; i < n; i++) {
			value[i] = this.values.get(i);
			mark[i] = this.marks.get(i);
			isPublished[i] = this.published.get(i);
			withheld += (isPublished[i] && mark[i] != Mark.SHOWN) ? 1 : 0;
		}
		List<String> recovered = Audit.pinned(value, mark, isPublished, this.sums, this.atMost)
			.stream()
			.map((i) -> this.ids.get(i) + " (" + mark[i] + ") = "
					+ Audit.bounds(value, mark, this.sums, this.atMost)[i])
			.toList();
		List<String> lone = new ArrayList<>();
		for (int[] sum : this.sums) {
			int count = 0;
			int last = -1;
			for (int cell : sum) {
				if (mark[cell] != Mark.SHOWN) {
					count++;
					last = cell;
				}
			}
			if (count == 1 && isPublished[last]) {
				lone.add(this.ids.get(last));
			}
		}
		return new Findings(withheld, recovered, lone);
	}

	private boolean inside(String part, String whole) {
		LocalDate[] p = this.periods.get(part);
		LocalDate[] w = this.periods.get(whole);
		return !p[0].isBefore(w[0]) && !p[1].isAfter(w[1]);
	}

	private void cell(String id, String text) {
		Mark mark = switch (text) {
			case "<5" -> Mark.SMALL;
			case "hidden" -> Mark.HIDDEN;
			default -> Mark.SHOWN;
		};
		add(id, (mark == Mark.SHOWN) ? Long.parseLong(text) : 0, mark, true);
	}

	private String piece(String id) {
		if (!this.index.containsKey(id)) {
			add(id, 0, null, false);
		}
		return id;
	}

	private void add(String id, long value, Mark mark, boolean isPublished) {
		this.index.put(id, this.ids.size());
		this.ids.add(id);
		this.values.add(value);
		this.marks.add(mark);
		this.published.add(isPublished);
	}

	private void sum(String whole, List<String> parts) {
		int[] sum = new int[parts.size() + 1];
		sum[0] = this.index.get(whole);
		for (int i = 0; i < parts.size(); i++) {
			sum[i + 1] = this.index.get(parts.get(i));
		}
		this.sums.add(sum);
	}

	private static Iterable<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

}
