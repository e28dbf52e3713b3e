package org.satellite.checking;

import java.time.Instant;
import java.util.List;

/**
 * A checked sample held something people need to be warned about (carfentanil, nitazenes,
 * xylazine, fentanyl where nobody expected it, ...). Carries the sample code, never
 * anything about who brought the sample.
 *
 * <p>
 * The classes and reasons are the vocabulary's (decision 0076): a listener never
 * classifies the names again. An event recorded before they were carried is read back
 * with {@code classes} and {@code reasons} {@code null}; listeners treat that as none
 * known.
 *
 * @param sampleCode the code the result is looked up by
 * @param zoneCode the coarse zone of the checking site, or {@code null} when the sample
 * came from no known zone
 * @param substances canonical names of the notable substances found (English, as in the
 * vocabulary)
 * @param classes the classes of those substances, each once, in the order of
 * {@code substances}
 * @param reasons why the result is notable, each once: a substance's notable reason in
 * the vocabulary ({@code carfentanil}, {@code nitazene}, {@code xylazine},
 * {@code medetomidine}, {@code marked}) or a rule of {@link Findings}
 * ({@code fentanylUnexpected}, {@code benzoInOpioid})
 * @param checkedAt when the result was recorded
 */
public record NotableSubstanceFound(String sampleCode, String zoneCode, List<String> substances,
		List<SubstanceClass> classes, List<String> reasons, Instant checkedAt) {
}
