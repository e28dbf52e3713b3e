package org.satellite.overdose.internal;

import java.time.Instant;
import java.util.List;

/**
 * An overdose response as a responder reports it. Nothing about the person.
 *
 * @param occurredAt when it happened; null for now
 * @param zoneCode where it happened; null or blank for the site's own zone
 * @param substances what the person thought they had used, canonical names from
 * {@link SuspectedSubstances}
 * @param naloxoneDoses doses of naloxone given, 0 when none
 * @param naloxoneForm how it was given; required when doses were given
 * @param called911 whether 911 was called
 * @param noCallReason why not, required when 911 was not called
 * @param stayed whether someone stayed with the person
 */
public record NewOverdoseResponse(String siteCode, Instant occurredAt, String zoneCode, List<String> substances,
		int naloxoneDoses, NaloxoneForm naloxoneForm, Boolean called911, NoCallReason noCallReason, Boolean stayed,
		ResponseOutcome outcome, Responder responder) {
}
