package org.satellite.alerts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the alerts module ({@code satellite.alerts.*}).
 *
 * @param clusterSize how many overdoses (responses or reports) in one zone make a cluster
 * @param clusterHours within how many hours
 * @param batchSize how many bad-batch reports in one zone make a suggested draft
 * @param batchHours within how many hours
 */
@ConfigurationProperties("satellite.alerts")
public record AlertSettings(@DefaultValue("3") int clusterSize, @DefaultValue("6") int clusterHours,
		@DefaultValue("3") int batchSize, @DefaultValue("24") int batchHours) {
}
