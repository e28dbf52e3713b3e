/**
 * Staff accounts and their roles, logging in, API tokens and the audit trail of who saw
 * or changed what.
 *
 * <p>
 * API: {@link org.satellite.identity.CurrentStaff},
 * {@link org.satellite.identity.StaffMember}, {@link org.satellite.identity.Role} and
 * {@link org.satellite.identity.StaffSites} (which the module that keeps the sites
 * provides, so that a peer worker's account names a real site); accounts, tokens and the
 * audit trail are internal. May use {@code platform}, {@code
 * privacy} (the table in {@code docs/architecture.md}, checked by
 * {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "platform :: web", "privacy" })
package org.satellite.identity;

import org.springframework.modulith.ApplicationModule;
