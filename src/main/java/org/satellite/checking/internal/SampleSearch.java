package org.satellite.checking.internal;

import java.time.LocalDate;
import java.util.List;

import org.satellite.identity.StaffMember;
import org.satellite.platform.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds samples for staff, recorded at intake or imported alike, by code, day, place
 * (site, zone or city, any part of the name) and substance (expected or found, as written
 * or by the substance's English or French name). Answers at most {@link #LIMIT} samples,
 * the latest first, and says when there are more.
 */
@Service
public class SampleSearch {

	public static final int LIMIT = 100;

	private final JdbcClient jdbc;

	SampleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Found find(StaffMember by, Criteria criteria) {
		Samples.requireChecker(by);
		String code = null;
		if (criteria.code() != null && !criteria.code().isBlank()) {
			code = SampleCode.parse(criteria.code()).orElseThrow(() -> new Refusal("checking.search.badCode"));
		}
		if (criteria.from() != null && criteria.to() != null && criteria.from().isAfter(criteria.to())) {
			throw new Refusal("checking.search.badPeriod");
		}
		List<Match> matches = this.jdbc
			.sql("""
					SELECT s.code, s.collected_on, coalesce(s.site_code, s.source_site) AS site, coalesce(s.zone_code, s.city) AS area,
					       s.expected_written AS expected, s.import_id IS NOT NULL AS imported,
					       (SELECT string_agg(c.written, ', ' ORDER BY c.position) FROM sample_components c
					        WHERE c.sample_code = s.code) AS components
					FROM samples s
					WHERE (CAST(:code AS text) IS NULL OR s.code = :code)
					  AND (CAST(:from AS date) IS NULL OR s.collected_on >= CAST(:from AS date))
					  AND (CAST(:to AS date) IS NULL OR s.collected_on <= CAST(:to AS date))
					  AND (CAST(:place AS text) IS NULL OR s.site_code ILIKE :place OR s.source_site ILIKE :place
					       OR s.zone_code ILIKE :place OR s.city ILIKE :place)
					  AND (CAST(:substance AS text) IS NULL OR s.expected_written ILIKE :substance
					       OR EXISTS (SELECT 1 FROM sample_components c WHERE c.sample_code = s.code AND c.written ILIKE :substance)
					       OR EXISTS (SELECT 1 FROM substance_names n JOIN substances su ON su.id = n.substance_id
					                  WHERE (su.name_en ILIKE :substance OR su.name_fr ILIKE :substance)
					                    AND (n.name_key = s.expected_key
					                         OR n.name_key IN (SELECT c.name_key FROM sample_components c WHERE c.sample_code = s.code))))
					ORDER BY s.collected_on DESC, s.code
					LIMIT :limit""")
			.param("code", code)
			.param("from", criteria.from())
			.param("to", criteria.to())
			.param("place", pattern(criteria.place()))
			.param("substance", pattern(criteria.substance()))
			.param("limit", LIMIT + 1)
			.query((rs, row) -> new Match(rs.getString("code"), SampleCode.display(rs.getString("code")),
					rs.getObject("collected_on", LocalDate.class), rs.getString("site"), rs.getString("area"),
					rs.getString("expected"), rs.getString("components"), rs.getBoolean("imported")))
			.list();
		return new Found(matches.stream().limit(LIMIT).toList(), matches.size() > LIMIT);
	}

	/**
	 * {@code %text%} with the wildcards a person typed taken literally; {@code null} when
	 * nothing was typed.
	 */
	private static String pattern(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** What a person searches by; any part may be left out. */
	public record Criteria(String code, LocalDate from, LocalDate to, String place, String substance) {

		public boolean isEmpty() {
			return (this.code == null || this.code.isBlank()) && this.from == null && this.to == null
					&& (this.place == null || this.place.isBlank())
					&& (this.substance == null || this.substance.isBlank());
		}

	}

	/** One sample found. */
	public record Match(String code, String displayCode, LocalDate collectedOn, String site, String area,
			String expected, String components, boolean imported) {
	}

	/** The samples found, and whether there were more than shown. */
	public record Found(List<Match> samples, boolean more) {
	}

}
