package org.satellite.referrals.internal;

import java.time.Instant;
import java.util.UUID;

import org.satellite.referrals.ReferralKind;

/**
 * A logged referral.
 *
 * @param serviceId the service, or null when it was not in the directory
 * @param outcome what came of it, or null while nobody knows yet
 */
public record Referral(UUID id, String siteCode, ReferralKind kind, Long serviceId, Instant occurredAt,
		ReferralOutcome outcome, String recordedBy) {
}
