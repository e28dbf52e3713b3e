package org.satellite.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.satellite.platform.ProgramTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time from a notable drug checking result to the alert issued for it, kept per alert
 * ({@code report_alert_delays}, decision 0113): a median does not add up over months, so
 * the median of a period is taken from these rows when a report asks. Kept up to date
 * when an alert is issued and rebuilt with the rollups, from the same query.
 */
@Component
public class AlertDelays {

	/** The indicator these rows give. */
	public static final String INDICATOR = "NOTABLE_RESULT_TO_ALERT";

	/**
	 * Each alert drafted from drug checking results ({@code sample:} sources) and issued,
	 * with the minutes from the first of those results to its issue; of the month
	 * {@code :from} to {@code :to}, or of every month when both are null. An update or a
	 * cancellation is not counted, nor a result that came after the alert.
	 */
	static final String QUERY = """
			SELECT a.id AS alert_id, date_trunc('month', a.issued_at AT TIME ZONE :tz)::date AS month,
			       round(extract(epoch FROM a.issued_at - min(s.result_ready_at)) / 60)::integer AS minutes
			FROM alerts a
			CROSS JOIN LATERAL unnest(a.sources) AS source (name)
			JOIN samples s ON 'sample:' || s.code = source.name AND s.result_ready_at <= a.issued_at
			WHERE a.kind = 'ALERT' AND a.issued_at IS NOT NULL
			  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR a.issued_at >= :from)
			  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR a.issued_at < :to)
			GROUP BY a.id, a.issued_at""";

	private final JdbcClient jdbc;

	private final ProgramTime time;

	AlertDelays(JdbcClient jdbc, ProgramTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Computes one month's rows again from the alerts and the results. */
	@Transactional
	public void recompute(YearMonth month) {
		this.jdbc.sql("DELETE FROM report_alert_delays WHERE month = :month")
			.param("month", Date.valueOf(month.atDay(1)))
			.update();
		insert(Timestamp.from(this.time.startOf(month)), Timestamp.from(this.time.startOf(month.plusMonths(1))));
	}

	/**
	 * The month an alert was issued in, in the program's time zone: the month its figures
	 * count in, even when the event that says so arrives after midnight.
	 */
	public Optional<YearMonth> monthIssued(UUID alert) {
		return this.jdbc.sql("SELECT issued_at FROM alerts WHERE id = :id AND issued_at IS NOT NULL")
			.param("id", alert)
			.query((rs, row) -> this.time.monthOf(rs.getTimestamp(1).toInstant()))
			.optional();
	}

	/** Throws every row away and computes them all again. */
	@Transactional
	public int rebuild() {
		this.jdbc.sql("DELETE FROM report_alert_delays").update();
		return insert(null, null);
	}

	/**
	 * The median minutes over the alerts issued in the period, or empty when none was
	 * drafted from a result ("no data", never a zero).
	 */
	public Optional<Long> median(ReportPeriod period) {
		return this.jdbc.sql("""
				SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes))::bigint
				FROM report_alert_delays WHERE month >= :from AND month < :to""")
			.param("from", Date.valueOf(period.start()))
			.param("to", Date.valueOf(period.end()))
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, Long.class)))
			.single();
	}

	private int insert(Timestamp from, Timestamp to) {
		return this.jdbc.sql("INSERT INTO report_alert_delays (alert_id, month, minutes) " + QUERY)
			.param("tz", this.time.zone().getId())
			.param("from", from, java.sql.Types.TIMESTAMP)
			.param("to", to, java.sql.Types.TIMESTAMP)
			.update();
	}

}
