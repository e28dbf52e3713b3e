package org.satellite.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A coordinator's visit to a site.
 *
 * @param observed how many times each activity of the observation guide was seen
 * @param incidents how many incidents of each kind happened or were reported
 * @param notes free text; never names or contact details
 */
public record Visit(UUID id, String siteCode, LocalDate visitedOn, int minutes, Map<Observation, Integer> observed,
		Map<Incident, Integer> incidents, String notes, String recordedBy, Instant recordedAt) {

	/**
	 * The categories of the program's observation guide.
	 */
	public enum Observation {

		EQUIPMENT_DISTRIBUTION, HARM_REDUCTION_EDUCATION, NALOXONE_DISTRIBUTION, OVERDOSE_EDUCATION,
		OVERDOSE_INTERVENTION, REFERRALS;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Incidents a visit records.
	 */
	public enum Incident {

		POLICE, PARAMEDICS, VIOLENCE;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
