package org.satellite.overdose.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Overdose response and naloxone figures of a site (or of the program when
 * {@code siteCode} is null) over whole months.
 *
 * @param administrations responses where naloxone was given
 * @param doses naloxone doses given in all
 * @param survived responses where the person is known to have survived (recovered on site
 * or taken to hospital)
 * @param noCall why 911 was not called, by reason
 * @param kitsDistributed naloxone kits handed out to take home
 * @param kitsByReason those kits by "FIRST", each replacement reason, and "NOT_RECORDED"
 * @param checkInsAsked responses after which the responder asked the coordinator to check
 * in with them
 */
public record OverdosePeriod(String siteCode, YearMonth first, int months, long responses, long administrations,
		long doses, long nasalDoses, long injectableDoses, long survived, long died, long outcomeUnknown,
		long called911, Map<NoCallReason, Long> noCall, long stayed, long kitsDistributed,
		Map<String, Long> kitsByReason, long checkInsAsked) {

	/**
	 * The share of responses where 911 was called, as a whole percentage; empty when
	 * there was no response.
	 */
	public OptionalLong called911Percent() {
		return (this.responses == 0) ? OptionalLong.empty()
				: OptionalLong.of(Math.round(100.0 * this.called911 / this.responses));
	}

}
