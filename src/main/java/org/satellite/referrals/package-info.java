/**
 * Referrals: the services directory in English and French that coordinators keep current, and the referrals peer
 * workers log in two taps (kind, service), with how they turned out when that is known. Nobody's identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.satellite.referrals;
