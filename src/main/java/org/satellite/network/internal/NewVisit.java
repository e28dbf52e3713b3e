package org.satellite.network.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * A visit as the coordinator records it. Missing counts are zero.
 */
public record NewVisit(String siteCode, LocalDate visitedOn, int minutes, Map<Visit.Observation, Integer> observed,
		Map<Visit.Incident, Integer> incidents, String notes) {
}
