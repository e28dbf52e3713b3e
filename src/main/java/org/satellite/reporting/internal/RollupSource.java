package org.satellite.reporting.internal;

import java.util.List;

import org.satellite.reporting.internal.OrgUnit.Level;

/**
 * The raw records one group of indicators is computed from, and the one query that
 * computes them per place and month. The same query recomputes one cell when an event
 * says it changed and every cell when the rollups are rebuilt: its filters
 * ({@code :place}, {@code :from}, {@code :to}, and {@code :fromDay}, {@code :toDay} for
 * records dated by day) are null for a rebuild. A place and month where the source
 * recorded nothing gives no row, so it reads as "no data", never as zero.
 */
public enum RollupSource {

	SUPPLIES(Level.SITE,
			"""
					WITH d AS (
					  SELECT id, site_code, also_for, date_trunc('month', occurred_at AT TIME ZONE :tz)::date AS month
					  FROM distributions
					  WHERE [[site_code = :place]]
					    AND [[occurred_at >= :from]]
					    AND [[occurred_at < :to]]),
					enc AS (SELECT site_code, month, sum(also_for) AS reach FROM d GROUP BY 1, 2),
					given AS (
					  SELECT d.site_code, d.month, sum(-m.quantity * i.needles) AS needles,
					         sum(-m.quantity) FILTER (WHERE i.kit AND i.category = 'INJECTION') AS injection,
					         sum(-m.quantity) FILTER (WHERE i.kit AND i.category = 'INHALATION') AS inhalation,
					         sum(-m.quantity) FILTER (WHERE i.category = 'NALOXONE') AS naloxone
					  FROM d JOIN stock_movements m ON m.entry_id = d.id JOIN items i ON i.code = m.item_code
					  GROUP BY 1, 2),
					back AS (
					  SELECT site_code, date_trunc('month', occurred_at AT TIME ZONE :tz)::date AS month, sum(needles) AS needles
					  FROM needle_returns
					  WHERE [[site_code = :place]]
					    AND [[occurred_at >= :from]]
					    AND [[occurred_at < :to]]
					  GROUP BY 1, 2),
					handed AS (
					  SELECT site_code, date_trunc('month', occurred_at AT TIME ZONE :tz)::date AS month,
					         sum(quantity) AS explained,
					         sum(quantity) FILTER (WHERE replacement_reason IS NULL) AS first,
					         sum(quantity) FILTER (WHERE replacement_reason = 'USED') AS used,
					         sum(quantity) FILTER (WHERE replacement_reason = 'LOST') AS lost,
					         sum(quantity) FILTER (WHERE replacement_reason = 'STOLEN') AS stolen,
					         sum(quantity) FILTER (WHERE replacement_reason = 'CONFISCATED') AS confiscated,
					         sum(quantity) FILTER (WHERE replacement_reason = 'EXPIRED') AS expired
					  FROM naloxone_handouts h
					  WHERE [[site_code = :place]]
					    AND [[occurred_at >= :from]]
					    AND [[occurred_at < :to]]
					    AND NOT EXISTS (SELECT 1 FROM distributions r WHERE r.reverses = h.distribution_id)
					  GROUP BY 1, 2),
					cells AS (SELECT site_code, month FROM enc UNION SELECT site_code, month FROM back)
					SELECT c.site_code AS place, c.month, v.indicator, v.numerator, v.denominator
					FROM cells c
					LEFT JOIN enc ON enc.site_code = c.site_code AND enc.month = c.month
					LEFT JOIN given ON given.site_code = c.site_code AND given.month = c.month
					LEFT JOIN back ON back.site_code = c.site_code AND back.month = c.month
					LEFT JOIN handed ON handed.site_code = c.site_code AND handed.month = c.month
					CROSS JOIN LATERAL (VALUES
					  ('NEEDLES_DISTRIBUTED', coalesce(given.needles, 0), NULL::BIGINT),
					  ('NEEDLES_RETURNED', coalesce(back.needles, 0), NULL),
					  ('RETURN_RATIO', coalesce(back.needles, 0), coalesce(given.needles, 0)),
					  ('INJECTION_KITS', coalesce(given.injection, 0), NULL),
					  ('INHALATION_KITS', coalesce(given.inhalation, 0), NULL),
					  ('SECONDARY_REACH', coalesce(enc.reach, 0), NULL),
					  ('NALOXONE_KITS', coalesce(given.naloxone, 0), NULL),
					  ('NALOXONE_FIRST_KITS', coalesce(handed.first, 0), NULL),
					  ('NALOXONE_REPLACED_USED', coalesce(handed.used, 0), NULL),
					  ('NALOXONE_REPLACED_LOST', coalesce(handed.lost, 0), NULL),
					  ('NALOXONE_REPLACED_STOLEN', coalesce(handed.stolen, 0), NULL),
					  ('NALOXONE_REPLACED_CONFISCATED', coalesce(handed.confiscated, 0), NULL),
					  ('NALOXONE_REPLACED_EXPIRED', coalesce(handed.expired, 0), NULL),
					  ('NALOXONE_REASON_NOT_RECORDED', greatest(0, coalesce(given.naloxone, 0) - coalesce(handed.explained, 0)), NULL)
					) AS v (indicator, numerator, denominator)""",
			"NEEDLES_DISTRIBUTED", "NEEDLES_RETURNED", "RETURN_RATIO", "INJECTION_KITS", "INHALATION_KITS",
			"SECONDARY_REACH", "NALOXONE_KITS", "NALOXONE_FIRST_KITS", "NALOXONE_REPLACED_USED",
			"NALOXONE_REPLACED_LOST", "NALOXONE_REPLACED_STOLEN", "NALOXONE_REPLACED_CONFISCATED",
			"NALOXONE_REPLACED_EXPIRED", "NALOXONE_REASON_NOT_RECORDED"),

	REFERRALS(Level.SITE,
			"""
					SELECT site_code AS place, month, v.indicator, v.numerator, NULL::BIGINT AS denominator
					FROM (
					  SELECT site_code, date_trunc('month', occurred_at AT TIME ZONE :tz)::date AS month, count(*) AS total,
					         count(*) FILTER (WHERE kind = 'PRIMARY_CARE') AS primary_care,
					         count(*) FILTER (WHERE kind = 'HIV_HCV_TESTING') AS testing,
					         count(*) FILTER (WHERE kind = 'TREATMENT_OAT') AS treatment,
					         count(*) FILTER (WHERE kind = 'HOUSING') AS housing,
					         count(*) FILTER (WHERE kind = 'MENTAL_HEALTH') AS mental_health,
					         count(*) FILTER (WHERE kind = 'LEGAL') AS legal,
					         count(*) FILTER (WHERE kind = 'INCOME') AS income,
					         count(*) FILTER (WHERE kind = 'DRUG_CHECKING') AS drug_checking,
					         count(*) FILTER (WHERE outcome = 'WENT') AS went,
					         count(*) FILTER (WHERE outcome = 'DID_NOT_GO') AS did_not_go,
					         count(*) FILTER (WHERE outcome IS NULL OR outcome = 'UNKNOWN') AS unknown
					  FROM referrals
					  WHERE [[site_code = :place]]
					    AND [[occurred_at >= :from]]
					    AND [[occurred_at < :to]]
					  GROUP BY 1, 2) r
					CROSS JOIN LATERAL (VALUES ('REFERRALS', total), ('REFERRALS_PRIMARY_CARE', primary_care),
					  ('REFERRALS_HIV_HCV_TESTING', testing), ('REFERRALS_TREATMENT_OAT', treatment), ('REFERRALS_HOUSING', housing),
					  ('REFERRALS_MENTAL_HEALTH', mental_health), ('REFERRALS_LEGAL', legal), ('REFERRALS_INCOME', income),
					  ('REFERRALS_DRUG_CHECKING', drug_checking), ('REFERRALS_WENT', went), ('REFERRALS_DID_NOT_GO', did_not_go),
					  ('REFERRALS_OUTCOME_UNKNOWN', unknown)) AS v (indicator, numerator)""",
			"REFERRALS", "REFERRALS_PRIMARY_CARE", "REFERRALS_HIV_HCV_TESTING", "REFERRALS_TREATMENT_OAT",
			"REFERRALS_HOUSING", "REFERRALS_MENTAL_HEALTH", "REFERRALS_LEGAL", "REFERRALS_INCOME",
			"REFERRALS_DRUG_CHECKING", "REFERRALS_WENT", "REFERRALS_DID_NOT_GO", "REFERRALS_OUTCOME_UNKNOWN"),

	NETWORK(Level.SITE,
			"""
					WITH visits AS (
					  SELECT site_code, date_trunc('month', visited_on)::date AS month, count(*) AS n FROM site_visits
					  WHERE [[site_code = :place]]
					    AND [[visited_on >= :fromDay]]
					    AND [[visited_on < :toDay]]
					  GROUP BY 1, 2),
					paid AS (
					  SELECT w.site_code, p.month, count(*) AS n FROM stipend_payments p JOIN peer_workers w ON w.id = p.peer_worker_id
					  WHERE [[w.site_code = :place]]
					    AND [[p.month >= :fromDay]]
					    AND [[p.month < :toDay]]
					  GROUP BY 1, 2)
					SELECT coalesce(visits.site_code, paid.site_code) AS place, coalesce(visits.month, paid.month) AS month,
					       v.indicator, v.numerator, NULL::BIGINT AS denominator
					FROM visits FULL JOIN paid ON paid.site_code = visits.site_code AND paid.month = visits.month
					CROSS JOIN LATERAL (VALUES ('COORDINATOR_VISITS', coalesce(visits.n, 0)), ('STIPENDS_PAID', coalesce(paid.n, 0)))
					  AS v (indicator, numerator)""",
			"COORDINATOR_VISITS", "STIPENDS_PAID"),

	OVERDOSE(Level.ZONE,
			"""
					SELECT zone_code AS place, month, v.indicator, v.numerator, v.denominator
					FROM (
					  SELECT zone_code, date_trunc('month', occurred_at AT TIME ZONE :tz)::date AS month, count(*) AS total,
					         count(*) FILTER (WHERE naloxone_doses > 0) AS administrations,
					         coalesce(sum(naloxone_doses), 0) AS doses,
					         coalesce(sum(naloxone_doses) FILTER (WHERE naloxone_form = 'NASAL'), 0) AS nasal,
					         coalesce(sum(naloxone_doses) FILTER (WHERE naloxone_form = 'INJECTABLE'), 0) AS injectable,
					         count(*) FILTER (WHERE outcome IN ('RECOVERED_ON_SITE', 'TAKEN_TO_HOSPITAL')) AS survived,
					         count(*) FILTER (WHERE outcome = 'DIED') AS died,
					         count(*) FILTER (WHERE outcome = 'UNKNOWN') AS unknown,
					         count(*) FILTER (WHERE called_911) AS called,
					         count(*) FILTER (WHERE no_call_reason = 'PERSON_RECOVERED') AS recovered,
					         count(*) FILTER (WHERE no_call_reason = 'FEAR_OF_POLICE') AS police,
					         count(*) FILTER (WHERE no_call_reason = 'NO_PHONE') AS no_phone,
					         count(*) FILTER (WHERE no_call_reason = 'OTHER') AS other,
					         count(*) FILTER (WHERE stayed) AS stayed,
					         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM check_in_requests c WHERE c.response_id = r.id)) AS check_ins
					  FROM overdose_responses r
					  WHERE [[zone_code = :place]]
					    AND [[occurred_at >= :from]]
					    AND [[occurred_at < :to]]
					  GROUP BY 1, 2) o
					CROSS JOIN LATERAL (VALUES ('OVERDOSE_RESPONSES', total, NULL::BIGINT),
					  ('NALOXONE_ADMINISTRATIONS', administrations, NULL), ('PEOPLE_SURVIVED', survived, NULL),
					  ('CALLED_911_SHARE', called, total), ('NALOXONE_DOSES', doses, NULL), ('NALOXONE_DOSES_NASAL', nasal, NULL),
					  ('NALOXONE_DOSES_INJECTABLE', injectable, NULL), ('PEOPLE_DIED', died, NULL),
					  ('OVERDOSE_OUTCOME_UNKNOWN', unknown, NULL), ('CALLED_911', called, NULL),
					  ('NOT_CALLED_PERSON_RECOVERED', recovered, NULL), ('NOT_CALLED_FEAR_OF_POLICE', police, NULL),
					  ('NOT_CALLED_NO_PHONE', no_phone, NULL), ('NOT_CALLED_OTHER', other, NULL), ('STAYED_WITH_PERSON', stayed, NULL),
					  ('CHECK_INS_REQUESTED', check_ins, NULL))
					  AS v (indicator, numerator, denominator)""",
			"OVERDOSE_RESPONSES", "NALOXONE_ADMINISTRATIONS", "PEOPLE_SURVIVED", "CALLED_911_SHARE", "NALOXONE_DOSES",
			"NALOXONE_DOSES_NASAL", "NALOXONE_DOSES_INJECTABLE", "PEOPLE_DIED", "OVERDOSE_OUTCOME_UNKNOWN",
			"CALLED_911", "NOT_CALLED_PERSON_RECOVERED", "NOT_CALLED_FEAR_OF_POLICE", "NOT_CALLED_NO_PHONE",
			"NOT_CALLED_OTHER", "STAYED_WITH_PERSON", "CHECK_INS_REQUESTED"),

	CHECKING(Level.ZONE,
			"""
					SELECT zone AS place, month, v.indicator, v.numerator, v.denominator
					FROM (
					  SELECT coalesce(s.zone_code, '') AS zone, date_trunc('month', s.collected_on)::date AS month,
					         count(*) AS checked,
					         count(*) FILTER (WHERE expected.class = 'OPIOID') AS expected_opioid,
					         count(*) FILTER (WHERE expected.class = 'OPIOID' AND (
					           EXISTS (SELECT 1 FROM sample_strips t WHERE t.sample_code = s.code AND t.strip = 'FENTANYL' AND t.result = 'POSITIVE')
					           OR EXISTS (SELECT 1 FROM sample_components c JOIN substance_names n ON n.name_key = c.name_key
					                      JOIN substances f ON f.id = n.substance_id
					                      WHERE c.sample_code = s.code AND c.quality = 'MATCH' AND f.grp = 'fentanyl'))) AS fentanyl,
					         count(*) FILTER (WHERE
					           EXISTS (SELECT 1 FROM sample_strips t WHERE t.sample_code = s.code AND t.strip = 'BENZODIAZEPINE' AND t.result = 'POSITIVE')
					           OR EXISTS (SELECT 1 FROM sample_components c JOIN substance_names n ON n.name_key = c.name_key
					                      JOIN substances b ON b.id = n.substance_id
					                      WHERE c.sample_code = s.code AND c.quality = 'MATCH' AND b.class = 'BENZODIAZEPINE')) AS benzo,
					         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sample_components c JOIN substance_names n ON n.name_key = c.name_key
					                      JOIN substances x ON x.id = n.substance_id
					                      WHERE c.sample_code = s.code AND c.quality = 'MATCH' AND x.notable_reason IS NOT NULL)) AS notable
					  FROM samples s
					  LEFT JOIN substance_names en ON en.name_key = s.expected_key
					  LEFT JOIN substances expected ON expected.id = en.substance_id
					  WHERE s.result_ready_at IS NOT NULL
					    AND [[coalesce(s.zone_code, '') = :place]]
					    AND [[s.collected_on >= :fromDay]]
					    AND [[s.collected_on < :toDay]]
					  GROUP BY 1, 2) k
					CROSS JOIN LATERAL (VALUES ('SAMPLES_CHECKED', checked, NULL::BIGINT),
					  ('FENTANYL_IN_EXPECTED_OPIOID', fentanyl, expected_opioid), ('BENZODIAZEPINE_SHARE', benzo, checked),
					  ('NOTABLE_FINDINGS', notable, NULL)) AS v (indicator, numerator, denominator)""",
			"SAMPLES_CHECKED", "FENTANYL_IN_EXPECTED_OPIOID", "BENZODIAZEPINE_SHARE", "NOTABLE_FINDINGS"),

	ALERTS(Level.PROGRAM,
			"""
					SELECT 'PROGRAM' AS place, month, v.indicator, v.numerator, NULL::BIGINT AS denominator
					FROM (
					  SELECT date_trunc('month', a.issued_at AT TIME ZONE :tz)::date AS month,
					         count(*) FILTER (WHERE a.severity = 'ADVISORY') AS advisory,
					         count(*) FILTER (WHERE a.severity = 'WARNING') AS warning,
					         count(*) FILTER (WHERE a.severity = 'URGENT') AS urgent,
					         coalesce(sum(a.reached), 0) AS reached
					  FROM alerts a
					  WHERE a.kind = 'ALERT' AND a.issued_at IS NOT NULL
					    AND [[a.issued_at >= :from]]
					    AND [[a.issued_at < :to]]
					  GROUP BY 1) a
					CROSS JOIN LATERAL (VALUES ('ALERTS_ADVISORY', advisory), ('ALERTS_WARNING', warning), ('ALERTS_URGENT', urgent),
					  ('SUBSCRIBERS_REACHED', reached)) AS v (indicator, numerator)""",
			"ALERTS_ADVISORY", "ALERTS_WARNING", "ALERTS_URGENT", "SUBSCRIBERS_REACHED");

	final Level level;

	final String sql;

	final List<String> indicators;

	private static final java.util.regex.Pattern FILTER = java.util.regex.Pattern.compile("\\[\\[(.*?)]]");

	/**
	 * The query yielding {@code (place, month, indicator, numerator, denominator)}: of
	 * one place's month with {@code oneCell}, of every place and month without.
	 */
	public String query(boolean oneCell) {
		return query(oneCell, oneCell);
	}

	/**
	 * The query with the place's filter kept or not, and the period's kept or not: every
	 * place's month by GROUP BY over the raw records is {@code query(false, true)}.
	 */
	public String query(boolean onePlace, boolean onePeriod) {
		return FILTER.matcher(this.sql).replaceAll((match) -> {
			boolean keep = match.group(1).contains(":place") ? onePlace : onePeriod;
			return keep ? java.util.regex.Matcher.quoteReplacement("(" + match.group(1) + ")") : "TRUE";
		});
	}

	public List<String> indicators() {
		return this.indicators;
	}

	public OrgUnit.Level level() {
		return this.level;
	}

	RollupSource(Level level, String sql, String... indicators) {
		this.level = level;
		this.sql = sql;
		this.indicators = List.of(indicators);
	}

}
