/**
 * The satellite program's network: zones, sites and the peer workers who run them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package org.satellite.network;
