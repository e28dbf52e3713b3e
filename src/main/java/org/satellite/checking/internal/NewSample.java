package org.satellite.checking.internal;

/**
 * A sample as a checker records it at intake. Nothing about who brought it.
 *
 * @param place where it was checked: {@code site:CODE} or {@code zone:CODE}
 * @param expected what the person expects it to be, as they say it
 * @param beforeCut whether it was checked before being cut; {@code null} when nobody said
 */
public record NewSample(String place, CollectionMode mode, String expected, SampleForm form, String colour,
		String texture, Boolean beforeCut) {
}
