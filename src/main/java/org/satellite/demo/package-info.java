/**
 * Demo mode: a realistic, generated program (zones, sites, peer workers, a year of distributions and needles back)
 * and demo accounts, seeded once into the embedded database and never into an external one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.satellite.demo;
