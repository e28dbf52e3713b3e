package org.satellite.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo program.
 *
 * @param historyMonths how many months of history to generate, ending today (tests use
 * fewer)
 * @param seed the seed of the generator, so that the same day gives the same program
 */
@ConfigurationProperties("satellite.demo")
record DemoSettings(@DefaultValue("12") int historyMonths, @DefaultValue("20201112") long seed) {
}
