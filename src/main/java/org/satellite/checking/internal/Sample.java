package org.satellite.checking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A checked sample with its tests. {@code resultReadyAt} is set when the checker releases
 * the result; until then the public page says it is not ready.
 *
 * @param place the site code, zone code or city it was checked in (coarse: never an
 * address)
 */
public record Sample(String code, LocalDate collectedOn, String siteCode, String zoneCode, String city,
		CollectionMode mode, NameInUse expected, SampleForm form, String colour, String texture, Boolean beforeCut,
		Instant resultReadyAt, Map<Strip, StripResult> strips, List<Component> components, List<LabResult> labResults) {

	public String displayCode() {
		return SampleCode.display(this.code);
	}

	public boolean ready() {
		return this.resultReadyAt != null;
	}

	public String place() {
		return (this.siteCode != null) ? this.siteCode : (this.zoneCode != null) ? this.zoneCode : this.city;
	}

}
