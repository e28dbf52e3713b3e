package org.satellite.reporting.internal;

import java.math.BigDecimal;

import org.satellite.privacy.Disclosure;

/**
 * One indicator's value for one place and period.
 *
 * @param indicator what is counted
 * @param place where
 * @param period when
 * @param value the value; {@code null} when nothing was recorded for it (shown as "no
 * data", never as a zero) or when {@code mark} hides it
 * @param mark how it may be shown: always {@code SHOWN} for the program's own staff; for
 * figures that leave the program, as the disclosure policy decides
 */
public record Figure(Indicator indicator, OrgUnit place, ReportPeriod period, BigDecimal value, Disclosure.Mark mark) {

	public boolean noData() {
		return this.value == null && this.mark == Disclosure.Mark.SHOWN;
	}

}
