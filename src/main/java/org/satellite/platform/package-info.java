/**
 * What every module stands on: the database (an embedded PostgreSQL in demo mode),
 * languages, and the way errors and repeated submissions are answered.
 *
 * <p>
 * API: everything in its root package, which every module may use, including
 * {@link org.satellite.platform.DemoSeed}, the hook through which each module seeds its
 * part of the demo. May use no other module (the table in {@code
 * docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.satellite.platform;

import org.springframework.modulith.ApplicationModule;
