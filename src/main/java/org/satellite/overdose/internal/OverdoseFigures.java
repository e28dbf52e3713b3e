package org.satellite.overdose.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.SiteFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The overdose response and naloxone figures of a site, or of the whole program, over
 * whole months: what the site month and program month show, and what the quarterly
 * naloxone program export holds.
 */
@Service
public class OverdoseFigures {

	/**
	 * Naloxone kits handed out from the general supplies screen, where no reason is
	 * asked.
	 */
	public static final String REASON_NOT_RECORDED = "NOT_RECORDED";

	private final JdbcClient jdbc;

	private final Sites sites;

	private final SiteFigures siteFigures;

	private final NaloxoneHandouts handouts;

	private final ProgramTime time;

	OverdoseFigures(JdbcClient jdbc, Sites sites, SiteFigures siteFigures, NaloxoneHandouts handouts,
			ProgramTime time) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.siteFigures = siteFigures;
		this.handouts = handouts;
		this.time = time;
	}

	/**
	 * The figures of a site (or of the program when null) over {@code months} months
	 * starting with {@code first}.
	 */
	public OverdosePeriod of(String siteCode, YearMonth first, int months) {
		Instant from = this.time.startOf(first);
		Instant to = this.time.startOf(first.plusMonths(months));
		Map<NoCallReason, Long> noCall = new EnumMap<>(NoCallReason.class);
		for (NoCallReason reason : NoCallReason.values()) {
			noCall.put(reason, 0L);
		}
		this.jdbc.sql("""
				SELECT no_call_reason, count(*) FROM overdose_responses
				WHERE NOT called_911 AND (CAST(:site AS TEXT) IS NULL OR site_code = :site)
				  AND occurred_at >= :from AND occurred_at < :to
				GROUP BY 1""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> noCall.put(NoCallReason.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		long[] counts = this.jdbc
			.sql("""
					SELECT count(*), count(*) FILTER (WHERE naloxone_doses > 0), coalesce(sum(naloxone_doses), 0),
					       coalesce(sum(naloxone_doses) FILTER (WHERE naloxone_form = 'NASAL'), 0),
					       coalesce(sum(naloxone_doses) FILTER (WHERE naloxone_form = 'INJECTABLE'), 0),
					       count(*) FILTER (WHERE outcome IN ('RECOVERED_ON_SITE', 'TAKEN_TO_HOSPITAL')),
					       count(*) FILTER (WHERE outcome = 'DIED'), count(*) FILTER (WHERE outcome = 'UNKNOWN'),
					       count(*) FILTER (WHERE called_911), count(*) FILTER (WHERE stayed)
					FROM overdose_responses
					WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> {
				long[] values = new long[10];
				for (int i = 0; i < values.length; i++) {
					values[i] = rs.getLong(i + 1);
				}
				return values;
			})
			.single();
		long kits = 0;
		for (int i = 0; i < months; i++) {
			kits += this.siteFigures.month(siteCode, first.plusMonths(i)).naloxone();
		}
		Map<String, Long> byReason = new LinkedHashMap<>(this.handouts.byReason(siteCode, from, to));
		long explained = byReason.values().stream().mapToLong(Long::longValue).sum();
		byReason.put(REASON_NOT_RECORDED, Math.max(0, kits - explained));
		long checkIns = this.jdbc
			.sql("""
					SELECT count(*) FROM check_in_requests c JOIN overdose_responses r ON r.id = c.response_id
					WHERE (CAST(:site AS TEXT) IS NULL OR r.site_code = :site) AND r.occurred_at >= :from AND r.occurred_at < :to""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Long.class)
			.single();
		return new OverdosePeriod(siteCode, first, months, counts[0], counts[1], counts[2], counts[3], counts[4],
				counts[5], counts[6], counts[7], counts[8], noCall, counts[9], kits, byReason, checkIns);
	}

	/**
	 * The figures of every site over a period, in site order, followed by the program's.
	 */
	public List<OverdosePeriod> everySite(YearMonth first, int months) {
		List<OverdosePeriod> periods = new ArrayList<>();
		for (Site site : this.sites.all()) {
			periods.add(of(site.code(), first, months));
		}
		periods.add(of(null, first, months));
		return periods;
	}

}
