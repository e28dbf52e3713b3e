package org.satellite.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A peer worker logged a referral, or what came of one. Carries nobody's identity: the
 * referral, its site and when it was made (the month it counts in).
 *
 * @param referralId the referral
 * @param siteCode the site that made it
 * @param occurredAt when the referral was made, not when its outcome was recorded
 */
public record ReferralRecorded(UUID referralId, String siteCode, Instant occurredAt) {
}
