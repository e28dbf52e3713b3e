/**
 * The satellite program's network: zones, sites and the peer workers who run them, the coordinators' visit log
 * ({@link org.satellite.network.internal.Visits}: the observation guide's counts, incidents, and notes that never hold contact
 * details, checked with {@code privacy.ContactDetails}), and what peer workers are paid
 * ({@link org.satellite.network.internal.Stipends}: monthly stipend, one payment per month, honoraria with a reason).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package org.satellite.network;
