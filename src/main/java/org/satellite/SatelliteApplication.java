package org.satellite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulith;

/**
 * Satellite: satellite sites, drug checking, drug market alerts, the knowledge hub and
 * reporting for community harm reduction networks, as one modular application.
 */
@Modulith(sharedModules = { "platform", "privacy" })
@SpringBootApplication
@ConfigurationPropertiesScan
public class SatelliteApplication {

	public static void main(String[] args) {
		SpringApplication.run(SatelliteApplication.class, args);
	}

}
