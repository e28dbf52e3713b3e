package org.satellite.checking;

import java.time.Instant;
import java.util.List;

/**
 * A checked sample held something people need to be warned about (carfentanil, nitazenes, xylazine, fentanyl where
 * nobody expected it, ...). Carries the sample code, never anything about who brought the sample.
 *
 * @param sampleCode the code the result is looked up by
 * @param zoneCode the coarse zone of the checking site, or {@code null} when the sample came from no known zone
 * @param substances canonical names of the notable substances found (English, as in the vocabulary)
 * @param checkedAt when the result was recorded
 */
public record NotableSubstanceFound(String sampleCode, String zoneCode, List<String> substances, Instant checkedAt) {
}
