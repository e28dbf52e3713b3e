package org.satellite.checking.internal;

import java.math.BigDecimal;

/**
 * One line of what an instrument found in a sample: the name as written, what it means in
 * the vocabulary today, the match quality and an optional estimated percentage.
 */
public record Component(int position, NameInUse name, MatchQuality quality, BigDecimal percent) {
}
