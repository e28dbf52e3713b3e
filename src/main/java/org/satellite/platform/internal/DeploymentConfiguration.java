package org.satellite.platform.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.satellite.platform.Deployment;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

	@Bean
	Deployment deployment(Environment environment, @Value("${satellite.data-directory:./data}") Path dataDirectory) {
		boolean demo = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return new Deployment(demo, dataDirectory.toAbsolutePath().normalize());
	}

	@Bean
	ProgramTime programTime(@Value("${satellite.time-zone:America/Toronto}") ZoneId zone) {
		return new ProgramTime(Clock.systemUTC(), zone);
	}

}
