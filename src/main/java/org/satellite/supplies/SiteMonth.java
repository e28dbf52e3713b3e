package org.satellite.supplies;

import java.time.YearMonth;
import java.util.OptionalLong;

/**
 * The month's figures of a site, or of the whole program when {@code siteCode} is null.
 *
 * @param needlesOut needles handed out, loose or in kits
 * @param needlesBack used needles brought back
 * @param kits kits handed out (injection and inhalation)
 * @param naloxone naloxone kits handed out
 * @param secondaryReach other people supplies were taken for
 * @param encounters distribution encounters
 */
public record SiteMonth(String siteCode, YearMonth month, long needlesOut, long needlesBack, long kits, long naloxone,
		long secondaryReach, long encounters) {

	/**
	 * Needles back per needle out, as a percentage rounded to a whole number; empty when
	 * none went out.
	 */
	public OptionalLong returnPercent() {
		return (this.needlesOut == 0) ? OptionalLong.empty()
				: OptionalLong.of(Math.round(100.0 * this.needlesBack / this.needlesOut));
	}

}
