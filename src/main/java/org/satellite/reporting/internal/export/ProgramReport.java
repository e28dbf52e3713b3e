package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.satellite.platform.web.BarChart;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportPeriod;

/**
 * Everything the program report prints, already in its reader's language: what the PDF
 * template draws and nothing else.
 *
 * @param place the place reported on
 * @param period the month or quarter
 * @param locale the report's language
 * @param made the day it was made
 * @param inProgress whether the period is still running
 * @param empty whether nothing at all was recorded for the place in the period
 * @param key the headline figures
 * @param all every indicator of the catalogue for the place
 * @param charts each headline series over the periods before
 * @param columns the indicators of the per-place table
 * @param rows the per-place table: each zone and site inside the place
 * @param definitions every indicator, with its definition
 */
public record ProgramReport(OrgUnit place, ReportPeriod period, Locale locale, LocalDate made, boolean inProgress,
		boolean empty, List<Line> key, List<Line> all, List<BarChart> charts, List<Indicator> columns, List<Row> rows,
		List<Indicator> definitions) {

	/** One indicator's figure, as written. */
	public record Line(String code, String name, String text, boolean noData) {
	}

	/** One place's figures for {@link ProgramReport#columns()}, as written. */
	public record Row(OrgUnit place, List<String> cells) {
	}

}
