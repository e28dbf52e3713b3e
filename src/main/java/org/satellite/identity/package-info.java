/**
 * Staff accounts and their roles, logging in, API tokens and the audit trail of who saw or changed what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.satellite.identity;
