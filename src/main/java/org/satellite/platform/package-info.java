/**
 * What every module stands on: the database (an embedded PostgreSQL in demo mode), languages, and the way errors
 * and repeated submissions are answered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.satellite.platform;
