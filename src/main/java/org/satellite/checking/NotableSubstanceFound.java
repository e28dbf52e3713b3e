package org.satellite.checking;

import java.time.Instant;
import java.util.List;

/**
 * A checked sample held something people need to be warned about (carfentanil, nitazenes, xylazine, fentanyl where
 * nobody expected it, ...). Carries the sample code, never anything about who brought the sample.
 *
 * <p>
 * The classes are the vocabulary's (decision 0076): a listener never classifies the names again. An event recorded
 * before the classes were carried is read back with {@code classes} {@code null}; listeners treat it as none known.
 *
 * @param sampleCode the code the result is looked up by
 * @param zoneCode the coarse zone of the checking site, or {@code null} when the sample came from no known zone
 * @param substances canonical names of the notable substances found (English, as in the vocabulary)
 * @param classes the classes of those substances, each once, in the order of {@code substances}
 * @param checkedAt when the result was recorded
 */
public record NotableSubstanceFound(String sampleCode, String zoneCode, List<String> substances,
		List<SubstanceClass> classes, Instant checkedAt) {
}
