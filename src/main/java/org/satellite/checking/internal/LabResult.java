package org.satellite.checking.internal;

import java.math.BigDecimal;

/**
 * A quantitative laboratory result: how much of a substance, by weight, and how it was
 * measured.
 *
 * @param detectionLimit the method's limit of detection as the lab states it, or
 * {@code null}
 */
public record LabResult(int position, NameInUse name, BigDecimal percentWw, String method, String detectionLimit) {
}
