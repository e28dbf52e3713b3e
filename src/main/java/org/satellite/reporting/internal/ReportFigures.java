package org.satellite.reporting.internal;

import java.util.List;

/**
 * The one way pages and exports read figures: from the rollups, never from the raw
 * records.
 */
public interface ReportFigures {

	/** Every indicator, in the order reports list them. */
	List<Indicator> catalogue();

	/** The program, its zones and its sites, in that order. */
	List<OrgUnit> places();

	/**
	 * Every indicator of the catalogue (or only the external ones for
	 * {@link Audience#EXTERNAL}) for the place asked for and each place inside it (a
	 * zone's sites, the program's zones and sites), over one period.
	 */
	List<Figure> figures(OrgUnit place, ReportPeriod period, Audience audience);

	/**
	 * One indicator for one place over consecutive periods ending with {@code last},
	 * oldest first: what the charts draw.
	 */
	List<Figure> series(String indicatorCode, OrgUnit place, ReportPeriod last, int periods, Audience audience);

}
