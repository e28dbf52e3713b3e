/**
 * Referrals: the services directory in English and French that coordinators keep current,
 * and the referrals peer workers log in two taps (kind, service), with how they turned
 * out when that is known. Nobody's identity.
 *
 * <p>
 * API: {@link org.satellite.referrals.Referrals} and
 * {@link org.satellite.referrals.ReferralKind}, and the event
 * {@link org.satellite.referrals.ReferralRecorded} (a referral or its outcome was
 * recorded; reporting counts them); the services directory is internal. May use
 * {@code identity}, {@code network}, {@code platform}, {@code privacy} (the table in
 * {@code docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Referrals",
		allowedDependencies = { "identity", "network", "platform", "platform :: web", "privacy" })
package org.satellite.referrals;

import org.springframework.modulith.ApplicationModule;
