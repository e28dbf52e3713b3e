package org.satellite.overdose.internal;

import java.util.Collection;
import java.util.List;

import org.satellite.platform.Refusal;

/**
 * The substances a responder can say the person thought they had used: canonical English
 * names, the same as the drug checking vocabulary uses, with their EN/FR labels in the
 * {@code overdose} bundle ({@code overdose.substance.<name with dashes>}).
 *
 * <p>
 * A fixed list for now (decision 0010): it is to be replaced by the drug checking
 * substance vocabulary once that exists. "unknown" is always allowed.
 */
public final class SuspectedSubstances {

	public static final String UNKNOWN = "unknown";

	public static final List<String> ALL = List.of("fentanyl", "heroin", "other opioid", "cocaine", "crack cocaine",
			"methamphetamine", "benzodiazepine", "xylazine", "alcohol", "other", UNKNOWN);

	private SuspectedSubstances() {
	}

	/**
	 * The substances in list order, refused when none is given or one is not on the list.
	 */
	public static List<String> require(Collection<String> given) {
		if (given == null || given.isEmpty()) {
			throw new Refusal("overdose.error.noSubstance");
		}
		for (String name : given) {
			if (!ALL.contains(name)) {
				throw new Refusal("overdose.error.unknownSubstance", String.valueOf(name));
			}
		}
		return ALL.stream().filter(given::contains).toList();
	}

	/**
	 * The message key of a substance's label.
	 */
	public static String labelKey(String name) {
		return "overdose.substance." + name.replace(' ', '-');
	}

}
