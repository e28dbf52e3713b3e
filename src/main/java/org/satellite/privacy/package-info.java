/**
 * The privacy kernel every module uses: field encryption with rotating keys (each module
 * declares the {@link org.satellite.privacy.SealedColumn}s where it keeps sealed values,
 * and {@link org.satellite.privacy.Resealing} seals old values again with the active key,
 * decision 0015), keyed hashes for look-ups, checks that keep contact details out of free
 * text, small-cell suppression, and the retention limits: each module declares a
 * {@link org.satellite.privacy.RetentionRule} per kind of record it keeps for a while,
 * and {@link org.satellite.privacy.Retention} deletes what is older on a schedule
 * (decision 0009).
 *
 * <p>
 * API: everything in its root package but the audit over published tables and the
 * retention settings, which are internal. May use {@code platform} (the table in
 * {@code docs/architecture.md}, checked by {@code
 * ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "platform" })
package org.satellite.privacy;

import org.springframework.modulith.ApplicationModule;
