package org.satellite.checking.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A sample's result as the person who brought it reads it.
 *
 * @param found the substances found, each once, in the order the instrument listed them
 * @param verdicts what the instrument could not name
 * @param unmapped names found that the vocabulary does not know yet, as written
 * @param expectedFound whether the expected substance was found; {@code null} when nobody
 * knows what was expected
 */
public record SampleResult(Sample sample, List<Substance> found, List<Verdict> verdicts, List<String> unmapped,
		Boolean expectedFound, List<Findings.Notable> notable, boolean fentanyl, boolean benzodiazepine) {

	public static SampleResult of(Sample sample) {
		List<Substance> found = Stream
			.concat(sample.components().stream().map(Component::name),
					sample.labResults().stream().map(LabResult::name))
			.map(NameInUse::substance)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<Verdict> verdicts = sample.components()
			.stream()
			.map((c) -> c.name().verdict())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> unmapped = sample.components()
			.stream()
			.map(Component::name)
			.filter((name) -> !name.known())
			.map(NameInUse::written)
			.distinct()
			.toList();
		Substance expected = (sample.expected() != null) ? sample.expected().substance() : null;
		return new SampleResult(sample, found, verdicts, unmapped, Findings.expectedFound(expected, found),
				Findings.notable(expected, found, sample.strips()), Findings.fentanyl(found, sample.strips()),
				Findings.benzodiazepine(found, sample.strips()));
	}

}
