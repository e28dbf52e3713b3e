package org.satellite.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The overdose response and naloxone program table (decision 0111): what the dashboard's
 * overdose section shows and the naloxone program CSV holds, one row for the place asked
 * for and one for each zone inside it, read through {@link ReportFigures} like every page
 * and export. Sites have no row: overdose figures are kept by the zone where the overdose
 * happened (decision 0105).
 */
@Service
public class NaloxoneProgram {

	/** The table's columns, in order: indicator codes of the catalogue. */
	public static final List<String> COLUMNS = List.of("OVERDOSE_RESPONSES", "NALOXONE_ADMINISTRATIONS",
			"NALOXONE_DOSES", "NALOXONE_DOSES_NASAL", "NALOXONE_DOSES_INJECTABLE", "PEOPLE_SURVIVED", "PEOPLE_DIED",
			"OVERDOSE_OUTCOME_UNKNOWN", "CALLED_911", "CALLED_911_SHARE", "NOT_CALLED_PERSON_RECOVERED",
			"NOT_CALLED_FEAR_OF_POLICE", "NOT_CALLED_NO_PHONE", "NOT_CALLED_OTHER", "STAYED_WITH_PERSON",
			"CHECK_INS_REQUESTED", "NALOXONE_KITS", "NALOXONE_FIRST_KITS", "NALOXONE_REPLACED_USED",
			"NALOXONE_REPLACED_LOST", "NALOXONE_REPLACED_STOLEN", "NALOXONE_REPLACED_CONFISCATED",
			"NALOXONE_REPLACED_EXPIRED", "NALOXONE_REASON_NOT_RECORDED");

	private final ReportFigures figures;

	NaloxoneProgram(ReportFigures figures) {
		this.figures = figures;
	}

	/**
	 * One row for the place (the program or a zone), then one for each zone inside it;
	 * nothing for a site.
	 */
	public List<Row> rows(OrgUnit place, ReportPeriod period) {
		if (place.level() == OrgUnit.Level.SITE) {
			return List.of();
		}
		Map<OrgUnit, Map<String, Figure>> byPlace = new LinkedHashMap<>();
		byPlace.put(place, new LinkedHashMap<>());
		for (Figure figure : this.figures.figures(place, period, Audience.INTERNAL)) {
			OrgUnit unit = figure.place();
			if (unit.equals(place) || unit.level() == OrgUnit.Level.ZONE) {
				byPlace.computeIfAbsent(unit, (key) -> new LinkedHashMap<>()).put(figure.indicator().code(), figure);
			}
		}
		List<Row> rows = new ArrayList<>();
		byPlace.forEach((unit, figures) -> {
			List<Figure> cells = new ArrayList<>();
			for (String code : COLUMNS) {
				Figure figure = figures.get(code);
				if (figure == null) {
					throw new IllegalStateException("No figure " + code + " for " + unit);
				}
				cells.add(figure);
			}
			rows.add(new Row(unit, cells));
		});
		return rows;
	}

	/** The indicators of the columns, in order. */
	public List<Indicator> columns() {
		List<Indicator> columns = new ArrayList<>();
		for (String code : COLUMNS) {
			columns.add(this.figures.catalogue()
				.stream()
				.filter((indicator) -> indicator.code().equals(code))
				.findFirst()
				.orElseThrow());
		}
		return columns;
	}

	/**
	 * One place's figures, in the order of {@link #COLUMNS}.
	 *
	 * @param place the program or a zone
	 * @param figures one figure per column
	 */
	public record Row(OrgUnit place, List<Figure> figures) {

	}

}
