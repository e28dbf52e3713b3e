package org.satellite.checking;

/**
 * The substance vocabulary changed in a way that changes what past results mean: a name
 * mapped to a substance, two substances merged, a substance marked notable or no longer.
 * Whatever counts results by substance should count them again.
 *
 * @param change what changed, as the audit trail names it ({@code checking.name-mapped},
 * {@code checking.substances-merged}, {@code checking.substance-notable})
 */
public record VocabularyChanged(String change) {
}
