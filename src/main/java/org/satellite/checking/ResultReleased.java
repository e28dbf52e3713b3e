package org.satellite.checking;

import java.time.LocalDate;

/**
 * A checked sample's result was released, notable or not. Carries the sample code, the
 * coarse zone of the checking site and the day it was collected (the month it counts in),
 * never anything about who brought it.
 *
 * @param sampleCode the code the result is looked up by
 * @param zoneCode the zone, or {@code null} when the sample came from no known zone
 * @param collectedOn the day the sample was collected
 */
public record ResultReleased(String sampleCode, String zoneCode, LocalDate collectedOn) {
}
