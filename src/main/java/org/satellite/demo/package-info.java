/**
 * Demo mode: starts the demo program, a realistic generated one, on the embedded database
 * and never on an external one; each module seeds its own part behind
 * {@link org.satellite.platform.DemoSeed}, in the order of the story, and this module
 * says whether it is the first start and prints how to log in.
 *
 * <p>
 * API: nothing: it only starts the demo program, calling every module's
 * {@link org.satellite.platform.DemoSeed} in order. May use {@code network},
 * {@code platform} (the table in {@code docs/architecture.md}, checked by {@code
 * ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = { "network", "platform" })
package org.satellite.demo;

import org.springframework.modulith.ApplicationModule;
