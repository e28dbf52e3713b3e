package org.satellite.supplies;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.satellite.platform.ProgramTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The month's figures that go back to the sites that produced them: needles out and back,
 * kits, naloxone, and how far supplies reached. Undone entries are netted out by their
 * reversing entries.
 */
@Service
public class SiteFigures {

	private final JdbcClient jdbc;

	private final ProgramTime time;

	SiteFigures(JdbcClient jdbc, ProgramTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/**
	 * The figures of a site for a month; pass null for the whole program.
	 */
	public SiteMonth month(String siteCode, YearMonth month) {
		var from = Timestamp.from(this.time.startOf(month));
		var to = Timestamp.from(this.time.startOf(month.plusMonths(1)));
		var out = this.jdbc.sql("""
				SELECT coalesce(sum(-m.quantity * i.needles), 0) AS needles,
				       coalesce(sum(-m.quantity) FILTER (WHERE i.kit), 0) AS kits,
				       coalesce(sum(-m.quantity) FILTER (WHERE i.category = 'NALOXONE'), 0) AS naloxone
				FROM stock_movements m JOIN items i ON i.code = m.item_code
				JOIN distributions d ON d.id = m.entry_id
				WHERE (CAST(:site AS TEXT) IS NULL OR d.site_code = :site)
				  AND d.occurred_at >= :from AND d.occurred_at < :to""")
			.param("site", siteCode)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		var encounters = this.jdbc
			.sql("""
					SELECT coalesce(sum(also_for), 0), count(*) FILTER (WHERE reverses IS NULL) - count(*) FILTER (WHERE reverses IS NOT NULL)
					FROM distributions
					WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to""")
			.param("site", siteCode)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long back = this.jdbc
			.sql("""
					SELECT coalesce(sum(needles), 0) FROM needle_returns
					WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to""")
			.param("site", siteCode)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		return new SiteMonth(siteCode, month, out[0], back, out[1], out[2], encounters[0], encounters[1]);
	}

	/**
	 * The last {@code count} months of a site (or of the program when null), oldest
	 * first, ending with this month.
	 */
	public List<SiteMonth> lastMonths(String siteCode, int count) {
		YearMonth current = this.time.thisMonth();
		List<SiteMonth> months = new ArrayList<>();
		for (int back = count - 1; back >= 0; back--) {
			months.add(month(siteCode, current.minusMonths(back)));
		}
		return months;
	}

}
