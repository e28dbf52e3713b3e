package org.satellite.reporting.internal;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.reporting.internal.OrgUnit.Level;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rollups: a site is its own cells, a zone its sites' cells and its own (for
 * indicators kept by zone), the program every cell, and the median time from a notable
 * result to its alert ({@link AlertDelays}).
 */
@Component
public class Cells {

	/**
	 * Every place's numerator and denominator of each indicator over a period: the one
	 * query behind every report.
	 */
	public static final String PERIOD_TOTALS = """
			SELECT level, place, indicator, sum(numerator), sum(denominator), count(denominator)
			FROM report_cells WHERE month >= :from AND month < :to GROUP BY 1, 2, 3""";

	private final JdbcClient jdbc;

	private final Sites sites;

	private final AlertDelays delays;

	Cells(JdbcClient jdbc, Sites sites, AlertDelays delays) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.delays = delays;
	}

	/**
	 * The numerator and denominator of every indicator at each place, summed over the
	 * period.
	 */
	Map<OrgUnit, Map<String, long[]>> totals(List<OrgUnit> units, ReportPeriod period) {
		Map<String, String> zoneOfSite = new HashMap<>();
		for (Site site : this.sites.all()) {
			zoneOfSite.put(site.code(), site.zoneCode());
		}
		Map<OrgUnit, Map<String, long[]>> totals = new HashMap<>();
		for (OrgUnit unit : units) {
			totals.put(unit, new HashMap<>());
		}
		this.jdbc.sql(PERIOD_TOTALS)
			.param("from", Date.valueOf(period.start()))
			.param("to", Date.valueOf(period.end()))
			.query((rs, row) -> {
				Level level = Level.valueOf(rs.getString(1));
				String place = rs.getString(2);
				long[] cell = { rs.getLong(4), rs.getLong(5), rs.getLong(6) };
				for (OrgUnit unit : units) {
					boolean counts = switch (unit.level()) {
						case PROGRAM -> true;
						case ZONE -> (level == Level.ZONE && place.equals(unit.code()))
								|| (level == Level.SITE && unit.code().equals(zoneOfSite.get(place)));
						case SITE -> level == Level.SITE && place.equals(unit.code());
					};
					if (counts) {
						totals.get(unit)
							.merge(rs.getString(3), cell.clone(),
									(a, b) -> new long[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] });
					}
				}
				return null;
			})
			.list();
		for (OrgUnit unit : units) {
			if (unit.level() == Level.PROGRAM) {
				this.delays.median(period)
					.ifPresent((minutes) -> totals.get(unit).put(AlertDelays.INDICATOR, new long[] { minutes, 0, 0 }));
			}
		}
		return totals;
	}

}
