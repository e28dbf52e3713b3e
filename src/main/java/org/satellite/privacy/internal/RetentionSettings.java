package org.satellite.privacy.internal;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the program keeps each kind of record ({@code satellite.retention.*}).
 *
 * @param limits the limit per kind, overriding the rule's default:
 * {@code satellite.retention.limits.community-reports=P6M}, or from the environment
 * {@code SATELLITE_RETENTION_LIMITS_COMMUNITYREPORTS=P6M}, the kind without its dashes
 * (Spring reads each underscore of an environment variable as a level, and this map has
 * one); kinds are matched ignoring case and dashes
 * @param interval how often the purge runs
 */
@ConfigurationProperties("satellite.retention")
public record RetentionSettings(Map<String, Period> limits, @DefaultValue("6h") Duration interval) {

	public RetentionSettings {
		limits = (limits != null) ? Map.copyOf(limits) : Map.of();
	}

	/** The configured limit of a kind, however its key was written. */
	public Optional<Period> limitOf(String kind) {
		return this.limits.entrySet()
			.stream()
			.filter((entry) -> comparable(entry.getKey()).equals(comparable(kind)))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	public static String comparable(String kind) {
		return kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
