/**
 * The privacy kernel every module uses: field encryption with rotating keys, keyed hashes for look-ups, and checks
 * that keep contact details out of free text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.satellite.privacy;
