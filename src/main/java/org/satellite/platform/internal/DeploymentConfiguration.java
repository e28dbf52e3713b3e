package org.satellite.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.satellite.platform.Deployment;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

	@Bean
	Deployment deployment(Environment environment) {
		return Deployment.of(environment);
	}

	@Bean
	ProgramTime programTime(@Value("${satellite.time-zone:America/Toronto}") ZoneId zone) {
		return new ProgramTime(Clock.systemUTC(), zone);
	}

}
