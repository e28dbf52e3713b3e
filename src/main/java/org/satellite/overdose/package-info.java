/**
 * Overdose response: what peer workers did when someone overdosed (naloxone given, 911 called or why not, outcome),
 * naloxone kits handed out to replace used, lost or confiscated ones, and the check-ins responders may ask for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Overdose response")
package org.satellite.overdose;
