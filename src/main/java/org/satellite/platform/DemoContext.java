package org.satellite.platform;

/**
 * What every part of the demo program shares.
 *
 * @param firstStart whether the demo program is being seeded for the first time on this
 * data directory
 * @param seed the seed of every generator, so that the same day gives the same program
 * @param historyMonths how many months of history to generate, ending today
 * @param password the password of every demo account, printed in the start-up banner
 */
public record DemoContext(boolean firstStart, long seed, int historyMonths, String password) {
}
