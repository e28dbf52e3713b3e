package org.satellite.privacy;

import java.time.Period;
import java.util.Map;

import org.satellite.privacy.internal.RetentionSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator sets a limit in the environment or in a properties file, as the operations
 * guide says, and the kind it names gets that limit; kinds nobody named keep their
 * default. In the environment a kind is written without its dashes
 * ({@code SATELLITE_RETENTION_LIMITS_COMMUNITYREPORTS}): Spring reads each underscore as
 * a level of nesting, and a map of periods has only one.
 */
class RetentionSettingsTests {

	@Test
	void aLimitFromTheEnvironmentReachesItsKind() {
		RetentionSettings settings = bind(
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of("SATELLITE_RETENTION_LIMITS_COMMUNITYREPORTS", "P6M",
								"SATELLITE_RETENTION_LIMITS_SMSOUTBOX", "P30D")));
		assertThat(settings.limitOf("community-reports")).contains(Period.ofMonths(6));
		assertThat(settings.limitOf("sms-outbox")).contains(Period.ofDays(30));
		assertThat(settings.limitOf("visit-notes")).isEmpty();
	}

	@Test
	void aLimitFromAPropertiesFileReachesItsKind() {
		RetentionSettings settings = bind(
				new MapPropertySource("file", Map.of("satellite.retention.limits.overdose-responses", "P5Y")));
		assertThat(settings.limitOf("overdose-responses")).contains(Period.ofYears(5));
	}

	private static RetentionSettings bind(PropertySource<?> source) {
		StandardEnvironment environment = new StandardEnvironment();
		if (environment.getPropertySources().contains(source.getName())) {
			environment.getPropertySources().replace(source.getName(), source);
		}
		else {
			environment.getPropertySources().addFirst(source);
		}
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("satellite.retention",
				RetentionSettings.class);
	}

}
