package org.satellite.reporting.internal;

import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's history is loaded in bulk by the other modules, without events: once they
 * have all seeded, the rollups are rebuilt from what they recorded. The demo also gets an
 * ADX mapping (every indicator that may leave the program, the program and every zone
 * under a made-up DHIS2 code such as {@code DEMO_NEEDLES_DISTRIBUTED}), so that the ADX
 * file downloads on the first try; a real program replaces it with its DHIS2 instance's
 * codes at {@code /app/admin/adx-mapping}.
 */
@Component
class ReportingDemo implements DemoSeed {

	private final Rollups rollups;

	private final ReportPlaces places;

	private final JdbcClient jdbc;

	ReportingDemo(Rollups rollups, ReportPlaces places, JdbcClient jdbc) {
		this.rollups = rollups;
		this.places = places;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(DemoContext context) {
		this.rollups.rebuild();
		for (Indicator indicator : Indicators.all().stream().filter(Indicator::external).toList()) {
			this.jdbc
				.sql("INSERT INTO reporting_adx_data_elements (indicator_code, data_element) VALUES (:code, :element)"
						+ " ON CONFLICT DO NOTHING")
				.param("code", indicator.code())
				.param("element", "DEMO_" + indicator.code())
				.update();
		}
		for (OrgUnit place : this.places.all()) {
			if (place.level() == OrgUnit.Level.SITE) {
				continue;
			}
			this.jdbc.sql(
					"INSERT INTO reporting_adx_org_units (place_level, place_code, org_unit) VALUES (:level, :code, :unit)"
							+ " ON CONFLICT DO NOTHING")
				.param("level", place.level().name())
				.param("code", place.code())
				.param("unit", "DEMO_" + place.level().name() + "_" + place.code())
				.update();
		}
	}

}
