package org.satellite.checking.internal;

import java.time.LocalDate;

import org.satellite.checking.SubstanceClass;

/**
 * One released sample as the public figures see it: no code, a day, a coarse place, what
 * was expected and what was found.
 *
 * @param place the zone code, or the city of an imported sample
 * @param expectedClass the class of the expected substance, {@code null} when unknown or
 * not mapped yet
 * @param expected the expected substance's canonical English name, or the name as written
 * when not mapped
 * @param components canonical English names of the substances found, separated by
 * {@code ;}
 */
public record CheckedSample(LocalDate day, String place, SubstanceClass expectedClass, String expected,
		String components, boolean fentanyl, boolean benzodiazepine, boolean notable, StripResult fentanylStrip,
		StripResult benzoStrip, StripResult xylazineStrip) {
}
