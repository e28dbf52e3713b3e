package org.satellite.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Repeated measurements of one quantity. Benchmarks report the median, which one slow run
 * on a noisy machine does not move, and keep every value for the record.
 *
 * @param unit what the values are counted in, for example {@code ms} or {@code MiB}
 * @param values the measurements in the order they were taken
 */
public record Samples(String unit, List<Double> values) {

	public Samples {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("No measurements");
		}
		values = List.copyOf(values);
	}

	public static Samples of(String unit, List<? extends Number> values) {
		return new Samples(unit, values.stream().map(Number::doubleValue).toList());
	}

	public double median() {
		List<Double> sorted = new ArrayList<>(this.values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	public double min() {
		return Collections.min(this.values);
	}

	public double max() {
		return Collections.max(this.values);
	}

}
