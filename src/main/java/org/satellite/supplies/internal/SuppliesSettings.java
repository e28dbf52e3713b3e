package org.satellite.supplies.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supplies module.
 *
 * @param needlesPerKilogram how many used needles a kilogram of returns counts as, when
 * they are weighed
 * @param hubCode the location code of the hub, where supplies are received before they go
 * to sites
 */
@ConfigurationProperties("satellite.supplies")
public record SuppliesSettings(@DefaultValue("500") int needlesPerKilogram, @DefaultValue("HUB") String hubCode) {

	/**
	 * How many needles a weighed return counts as: rounded to the nearest needle, and
	 * never fewer than one, because something was brought back.
	 */
	public int needlesWeighing(int grams) {
		return Math.max(1, Math.round(grams * this.needlesPerKilogram / 1000f));
	}

}
