package org.satellite.checking.internal;

import java.time.LocalDate;

import org.satellite.checking.SubstanceClass;

/**
 * One line of the open data rollup: how many released samples share a month, a fortnight,
 * an expected substance and the same findings. Never published as it is; the public
 * figures are sums of these lines, protected together.
 *
 * @param fortnight the Monday that starts the sample's fortnight on the fixed grid from
 * 2000-01-03
 * @param expectedId the expected substance, {@code null} when nobody knows what to expect
 * or the name is not mapped
 * @param expectedClass its class, {@code null} with it
 */
record OpenDataLine(LocalDate month, LocalDate fortnight, Integer expectedId, SubstanceClass expectedClass,
		boolean fentanyl, boolean benzodiazepine, boolean notable, int samples) {
}
