package org.satellite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * What one benchmark run found: its figures, the baseline measured in the same run, and
 * whether each target of DESIGN.md was met.
 *
 * <p>
 * {@link #publish()} prints the figures and appends one JSON line to
 * {@code target/bench/results.jsonl}, so runs can be compared over time;
 * {@link #assertTargetsMet()} then fails the benchmark, listing every target it missed.
 */
public final class BenchmarkReport {

	/** Where every benchmark appends its line. */
	public static final Path RESULTS = Path.of("target", "bench", "results.jsonl");

	private final String name;

	private final Instant timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final Map<String, Object> context = new LinkedHashMap<>();

	private final Map<String, Figure> baseline = new LinkedHashMap<>();

	private final Map<String, Figure> figures = new LinkedHashMap<>();

	private final List<Target> targets = new ArrayList<>();

	private BenchmarkReport(String name) {
		this.name = name;
	}

	public static BenchmarkReport named(String name) {
		return new BenchmarkReport(name);
	}

	/**
	 * Something worth knowing to read the figures: the JDK, the number of runs, the
	 * machine.
	 */
	public BenchmarkReport context(String key, Object value) {
		this.context.put(key, value);
		return this;
	}

	/**
	 * A figure of the baseline, measured in the same run so that both suffer the same
	 * noise.
	 */
	public BenchmarkReport baseline(String figure, Samples samples) {
		this.baseline.put(figure, Figure.of(samples));
		return this;
	}

	public BenchmarkReport figure(String figure, Samples samples) {
		this.figures.put(figure, Figure.of(samples));
		return this;
	}

	public BenchmarkReport figure(String figure, double value, String unit) {
		this.figures.put(figure, new Figure(value, unit, List.of()));
		return this;
	}

	/** The named figure must be at most {@code limit}. */
	public BenchmarkReport atMost(String figure, double limit) {
		return target(figure, "<=", limit);
	}

	/** The named figure must be at least {@code limit}. */
	public BenchmarkReport atLeast(String figure, double limit) {
		return target(figure, ">=", limit);
	}

	private BenchmarkReport target(String figure, String comparison, double limit) {
		Figure actual = this.figures.get(figure);
		if (actual == null) {
			throw new IllegalArgumentException("No figure named " + figure);
		}
		this.targets.add(new Target(figure, comparison, limit, actual.value(), actual.unit()));
		return this;
	}

	public boolean passed() {
		return this.targets.stream().allMatch(Target::met);
	}

	/**
	 * Prints the figures and appends this report as one JSON line to {@link #RESULTS}.
	 */
	public BenchmarkReport publish() {
		System.out.println(text());
		try {
			Files.createDirectories(RESULTS.getParent());
			Files.writeString(RESULTS, JsonMapper.shared().writeValueAsString(json()) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + RESULTS, ex);
		}
		return this;
	}

	/** Fails, naming every missed target, unless all were met. */
	public void assertTargetsMet() {
		List<Target> missed = this.targets.stream().filter((target) -> !target.met()).toList();
		if (!missed.isEmpty()) {
			fail(this.name + " missed " + missed.size() + " target(s):\n"
					+ missed.stream().map(Target::toString).collect(Collectors.joining("\n")));
		}
	}

	String text() {
		StringBuilder text = new StringBuilder("\n=== ").append(this.name).append(" ===\n");
		this.context.forEach((key, value) -> text.append(String.format("  %-28s %s%n", key, value)));
		this.baseline.forEach((key, figure) -> text.append(String.format("  baseline %-19s %s%n", key, figure)));
		this.figures.forEach((key, figure) -> text.append(String.format("  %-28s %s%n", key, figure)));
		this.targets.forEach((target) -> text.append("  target ").append(target).append('\n'));
		return text.append("  ").append(passed() ? "PASSED" : "FAILED").append('\n').toString();
	}

	private Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		json.put("timestamp", this.timestamp.toString());
		json.put("context", this.context);
		json.put("baseline", jsonFigures(this.baseline));
		json.put("figures", jsonFigures(this.figures));
		json.put("targets", this.targets.stream().map(Target::json).toList());
		json.put("passed", passed());
		return json;
	}

	private static Map<String, Object> jsonFigures(Map<String, Figure> figures) {
		Map<String, Object> json = new LinkedHashMap<>();
		figures.forEach((key, figure) -> json.put(key, figure.json()));
		return json;
	}

	private static double rounded(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Figure(double value, String unit, List<Double> runs) {

		static Figure of(Samples samples) {
			return new Figure(samples.median(), samples.unit(), samples.values());
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("value", rounded(this.value));
			json.put("unit", this.unit);
			if (!this.runs.isEmpty()) {
				json.put("runs", this.runs.stream().map(BenchmarkReport::rounded).toList());
			}
			return json;
		}

		@Override
		public String toString() {
			String runs = this.runs.isEmpty() ? ""
					: this.runs.stream()
						.map((run) -> format(run))
						.collect(Collectors.joining(", ", " (median of ", ")"));
			return format(this.value) + " " + this.unit + runs;
		}

	}

	record Target(String figure, String comparison, double limit, double actual, String unit) {

		boolean met() {
			return "<=".equals(this.comparison) ? this.actual <= this.limit : this.actual >= this.limit;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("figure", this.figure);
			json.put("comparison", this.comparison);
			json.put("limit", this.limit);
			json.put("actual", rounded(this.actual));
			json.put("unit", this.unit);
			json.put("pass", met());
			return json;
		}

		@Override
		public String toString() {
			return String.format("%s %s %s %s: %s %s, %s", this.figure, this.comparison, format(this.limit), this.unit,
					format(this.actual), this.unit, met() ? "met" : "MISSED");
		}

	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
