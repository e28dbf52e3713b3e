package org.satellite.supplies;

import java.time.Instant;
import java.util.Map;

/**
 * A distribution encounter as submitted: what went out at a site, when, and for how many
 * other people.
 *
 * @param items item codes and quantities, in the order they were entered
 * @param alsoFor how many other people the supplies were taken for (secondary
 * distribution)
 * @param clientCode an optional code the program gives a person; stored only as a keyed
 * hash
 */
public record NewDistribution(String siteCode, Instant occurredAt, Map<String, Integer> items, int alsoFor,
		String clientCode) {
}
