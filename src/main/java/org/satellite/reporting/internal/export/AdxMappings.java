package org.satellite.reporting.internal.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.satellite.platform.Audited;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.OrgUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a DHIS2 instance knows reporting's indicators (data elements) and places
 * (organisation units), kept by an admin. A blank code means "not mapped"; every change
 * is written to the audit trail with the code before and after (codes name no one).
 */
@Service
public class AdxMappings {

	/** What DHIS2 accepts as a code or an identifier, and what the table allows. */
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,50}");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AdxMappings(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Each mapped indicator's data element, by indicator code. */
	public Map<String, String> dataElements() {
		Map<String, String> mapped = new LinkedHashMap<>();
		this.jdbc.sql("SELECT indicator_code, data_element FROM reporting_adx_data_elements ORDER BY indicator_code")
			.query((rs) -> {
				mapped.put(rs.getString(1), rs.getString(2));
			});
		return mapped;
	}

	/** Each mapped place's organisation unit, by {@link #key(OrgUnit)}. */
	public Map<String, String> orgUnits() {
		Map<String, String> mapped = new LinkedHashMap<>();
		this.jdbc.sql("SELECT place_level, place_code, org_unit FROM reporting_adx_org_units").query((rs) -> {
			mapped.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3));
		});
		return mapped;
	}

	/** How a place is named in {@link #orgUnits()}: {@code SITE:SAT-01}. */
	public static String key(OrgUnit place) {
		return place.level().name() + ":" + place.code();
	}

	/**
	 * Saves the whole mapping as edited: each given code replaces the one kept, a blank
	 * one removes it. A code DHIS2 would not accept refuses the whole form, naming the
	 * row; nothing is saved then.
	 */
	@Transactional
	public int save(Map<String, String> dataElements, Map<OrgUnit, String> orgUnits) {
		dataElements.forEach((indicator, code) -> check(code, indicator));
		orgUnits.forEach((place, code) -> check(code, place.code()));
		Map<String, String> elementsBefore = dataElements();
		Map<String, String> unitsBefore = orgUnits();
		int changed = 0;
		for (Map.Entry<String, String> row : dataElements.entrySet()) {
			String before = elementsBefore.get(row.getKey());
			String after = blankAsNull(row.getValue());
			if (Objects.equals(before, after)) {
				continue;
			}
			if (after == null) {
				this.jdbc.sql("DELETE FROM reporting_adx_data_elements WHERE indicator_code = :indicator")
					.param("indicator", row.getKey())
					.update();
			}
			else {
				this.jdbc
					.sql("""
							INSERT INTO reporting_adx_data_elements (indicator_code, data_element) VALUES (:indicator, :code)
							ON CONFLICT (indicator_code) DO UPDATE SET data_element = :code, changed_at = program_now()""")
					.param("indicator", row.getKey())
					.param("code", after)
					.update();
			}
			this.events.publishEvent(new Audited("adx-mapping.data-element", row.getKey(), change(before, after)));
			changed++;
		}
		for (Map.Entry<OrgUnit, String> row : orgUnits.entrySet()) {
			OrgUnit place = row.getKey();
			String before = unitsBefore.get(key(place));
			String after = blankAsNull(row.getValue());
			if (Objects.equals(before, after)) {
				continue;
			}
			if (after == null) {
				this.jdbc.sql("DELETE FROM reporting_adx_org_units WHERE place_level = :level AND place_code = :code")
					.param("level", place.level().name())
					.param("code", place.code())
					.update();
			}
			else {
				this.jdbc
					.sql("""
							INSERT INTO reporting_adx_org_units (place_level, place_code, org_unit) VALUES (:level, :code, :unit)
							ON CONFLICT (place_level, place_code) DO UPDATE SET org_unit = :unit, changed_at = program_now()""")
					.param("level", place.level().name())
					.param("code", place.code())
					.param("unit", after)
					.update();
			}
			this.events.publishEvent(new Audited("adx-mapping.org-unit", key(place), change(before, after)));
			changed++;
		}
		return changed;
	}

	private static void check(String code, String row) {
		String value = blankAsNull(code);
		if (value != null && !CODE.matcher(value).matches()) {
			throw new Refusal("reporting.export.adx.badCode", row, value);
		}
	}

	private static String blankAsNull(String code) {
		return (code == null || code.isBlank()) ? null : code.strip();
	}

	private static String change(String before, String after) {
		return ((before != null) ? before : "(none)") + " -> " + ((after != null) ? after : "(none)");
	}

}
