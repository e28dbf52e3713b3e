package org.satellite.checking.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satellite.checking.SubstanceClass;

/**
 * What a sample's tests mean for the person who brought it: what was found, whether it
 * was what they expected, and what is notable. One rule for the result page, the alert
 * event and the public figures, so they never disagree.
 *
 * <p>
 * Notable: a substance the vocabulary marks notable (carfentanil, nitazenes, xylazine,
 * medetomidine, anything an admin marks); fentanyl (by FTIR or a positive strip) in a
 * sample not expected to be an opioid; a benzodiazepine (by FTIR or a positive strip) in
 * an expected opioid or alongside fentanyl; a positive xylazine strip.
 */
public final class Findings {

	private Findings() {
	}

	/**
	 * One notable finding.
	 *
	 * @param reason {@code fentanylUnexpected}, {@code benzoInOpioid}, or a substance's
	 * notable reason
	 * @param substance the substance behind it, or {@code null} when only a strip found
	 * it
	 */
	public record Notable(String reason, Substance substance) {

		/**
		 * What an alert calls it: the substance's English name, or what the strip that
		 * found it tests for.
		 */
		public String nameEn() {
			if (this.substance != null) {
				return this.substance.nameEn();
			}
			return switch (this.reason) {
				case "xylazine" -> "Xylazine";
				case "benzoInOpioid" -> "Benzodiazepine";
				default -> "Fentanyl";
			};
		}

		/**
		 * Its class: the vocabulary's for the substance, or the class the strip that
		 * found it tests for.
		 */
		public SubstanceClass substanceClass() {
			if (this.substance != null) {
				return this.substance.substanceClass();
			}
			return switch (this.reason) {
				case "xylazine" -> SubstanceClass.OTHER_DEPRESSANT;
				case "benzoInOpioid" -> SubstanceClass.BENZODIAZEPINE;
				default -> SubstanceClass.OPIOID;
			};
		}

	}

	public static List<Notable> notable(Substance expected, List<Substance> found, Map<Strip, StripResult> strips) {
		List<Notable> notable = new ArrayList<>();
		Set<String> reasons = new LinkedHashSet<>();
		for (Substance substance : found) {
			if (substance.notableReason() != null) {
				notable.add(new Notable(substance.notableReason(), substance));
				reasons.add(substance.notableReason());
			}
		}
		Substance fentanyl = found.stream().filter(Substance::fentanylGroup).findFirst().orElse(null);
		boolean fentanylFound = fentanyl != null || strips.get(Strip.FENTANYL) == StripResult.POSITIVE;
		Substance benzo = found.stream()
			.filter((s) -> s.substanceClass() == SubstanceClass.BENZODIAZEPINE)
			.findFirst()
			.orElse(null);
		boolean benzoFound = benzo != null || strips.get(Strip.BENZODIAZEPINE) == StripResult.POSITIVE;
		boolean expectedOpioid = expected != null && expected.substanceClass() == SubstanceClass.OPIOID;
		if (fentanylFound && !expectedOpioid) {
			notable.add(new Notable("fentanylUnexpected", fentanyl));
		}
		if (benzoFound && (expectedOpioid || fentanylFound)) {
			notable.add(new Notable("benzoInOpioid", benzo));
		}
		if (strips.get(Strip.XYLAZINE) == StripResult.POSITIVE && !reasons.contains("xylazine")) {
			notable.add(new Notable("xylazine", null));
		}
		return notable;
	}

	/**
	 * The same rule as {@link #notable}, from a sample's flags: whether anything about it
	 * is notable. The public figures use it, so that they count exactly the samples whose
	 * result page shows a notable finding.
	 */
	public static boolean isNotable(SubstanceClass expected, boolean fentanyl, boolean benzodiazepine,
			boolean notableSubstance, boolean xylazineStrip) {
		boolean expectedOpioid = expected == SubstanceClass.OPIOID;
		return notableSubstance || xylazineStrip || (fentanyl && !expectedOpioid)
				|| (benzodiazepine && (expectedOpioid || fentanyl));
	}

	/**
	 * Whether the tests found fentanyl, its analogues or carfentanil, by FTIR or strip.
	 */
	public static boolean fentanyl(List<Substance> found, Map<Strip, StripResult> strips) {
		return found.stream().anyMatch(Substance::fentanylGroup) || strips.get(Strip.FENTANYL) == StripResult.POSITIVE;
	}

	/** Whether the tests found a benzodiazepine, by FTIR or strip. */
	public static boolean benzodiazepine(List<Substance> found, Map<Strip, StripResult> strips) {
		return found.stream().anyMatch((s) -> s.substanceClass() == SubstanceClass.BENZODIAZEPINE)
				|| strips.get(Strip.BENZODIAZEPINE) == StripResult.POSITIVE;
	}

	/**
	 * Whether the expected substance was found: {@code null} when nobody knows what was
	 * expected (not said, or a name not mapped yet, or "unknown").
	 */
	public static Boolean expectedFound(Substance expected, List<Substance> found) {
		if (expected == null || "Unknown".equals(expected.nameEn()) || expected.nameEn().startsWith("Down")) {
			return (expected != null && expected.nameEn().startsWith("Down"))
					? found.stream().anyMatch((s) -> s.substanceClass() == SubstanceClass.OPIOID) : null;
		}
		return found.stream().anyMatch((s) -> s.id() == expected.id());
	}

}
