package org.satellite.checking;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.satellite.privacy.SmallCells;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public figures of drug checking: released samples by month and expected-substance class, with small counts
 * suppressed. Everything here is published as it is; nothing carries a sample code.
 */
@Service
public class OpenData {

	/** The columns of the figures: each class of expected substance, then samples nobody knows what to expect of. */
	public static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>();
		for (SubstanceClass c : SubstanceClass.values()) {
			columns.add(c.name());
		}
		columns.add("UNKNOWN");
		COLUMNS = List.copyOf(columns);
	}

	private final JdbcClient jdbc;

	OpenData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every released sample, oldest first. */
	public List<CheckedSample> samples() {
		return this.jdbc.sql("""
				SELECT s.collected_on, coalesce(s.zone_code, s.city) AS place, es.class AS expected_class,
				       coalesce(es.name_en, s.expected_written) AS expected, f.fentanyl, f.benzo, f.notable, f.names,
				       (SELECT result FROM sample_strips t WHERE t.sample_code = s.code AND t.strip = 'FENTANYL') AS fs,
				       (SELECT result FROM sample_strips t WHERE t.sample_code = s.code AND t.strip = 'BENZODIAZEPINE') AS bs,
				       (SELECT result FROM sample_strips t WHERE t.sample_code = s.code AND t.strip = 'XYLAZINE') AS xs
				FROM samples s
				LEFT JOIN substance_names en ON en.name_key = s.expected_key
				LEFT JOIN substances es ON es.id = en.substance_id
				LEFT JOIN LATERAL (
				    SELECT coalesce(bool_or(x.grp = 'fentanyl'), false) AS fentanyl,
				           coalesce(bool_or(x.class = 'BENZODIAZEPINE'), false) AS benzo,
				           coalesce(bool_or(x.notable_reason IS NOT NULL), false) AS notable,
				           string_agg(DISTINCT x.name_en, ';' ORDER BY x.name_en) AS names
				    FROM (SELECT name_key FROM sample_components WHERE sample_code = s.code
				          UNION ALL SELECT name_key FROM sample_lab_results WHERE sample_code = s.code) c
				    JOIN substance_names n ON n.name_key = c.name_key
				    JOIN substances x ON x.id = n.substance_id) f ON true
				WHERE s.result_ready_at IS NOT NULL
				ORDER BY s.collected_on, s.code""")
			.query((rs, row) -> {
				SubstanceClass expectedClass = (rs.getString("expected_class") != null)
						? SubstanceClass.valueOf(rs.getString("expected_class")) : null;
				StripResult fs = strip(rs.getString("fs"));
				StripResult bs = strip(rs.getString("bs"));
				StripResult xs = strip(rs.getString("xs"));
				boolean fentanyl = rs.getBoolean("fentanyl") || fs == StripResult.POSITIVE;
				boolean benzo = rs.getBoolean("benzo") || bs == StripResult.POSITIVE;
				boolean notable = Findings.isNotable(expectedClass, fentanyl, benzo, rs.getBoolean("notable"),
						xs == StripResult.POSITIVE);
				return new CheckedSample(rs.getDate("collected_on").toLocalDate(), rs.getString("place"), expectedClass,
						rs.getString("expected"), rs.getString("names"), fentanyl, benzo, notable, fs, bs, xs);
			})
			.list();
	}

	/** The monthly figures, newest month first, each table suppressed on its own. */
	public Figures monthly() {
		List<CheckedSample> samples = samples();
		List<YearMonth> months = new ArrayList<>(new TreeSet<>(samples.stream().map((s) -> YearMonth.from(s.day())).toList()));
		java.util.Collections.reverse(months);
		return new Figures(months, COLUMNS, table(samples, months, (s) -> true), table(samples, months, CheckedSample::fentanyl),
				table(samples, months, CheckedSample::benzodiazepine), table(samples, months, CheckedSample::notable));
	}

	private static SmallCells.Table table(List<CheckedSample> samples, List<YearMonth> months,
			Predicate<CheckedSample> counted) {
		long[][] counts = new long[months.size()][COLUMNS.size()];
		java.util.Map<YearMonth, Integer> rowOf = new java.util.HashMap<>();
		for (int i = 0; i < months.size(); i++) {
			rowOf.put(months.get(i), i);
		}
		for (CheckedSample sample : samples) {
			if (counted.test(sample)) {
				int column = (sample.expectedClass() != null) ? sample.expectedClass().ordinal() : COLUMNS.size() - 1;
				counts[rowOf.get(YearMonth.from(sample.day()))][column]++;
			}
		}
		return SmallCells.suppress(counts);
	}

	private static StripResult strip(String value) {
		return (value != null) ? StripResult.valueOf(value) : null;
	}

	/**
	 * Months by expected class: samples checked and, of them, with fentanyl, with benzodiazepines, with something
	 * notable.
	 */
	public record Figures(List<YearMonth> months, List<String> columns, SmallCells.Table samples,
			SmallCells.Table fentanyl, SmallCells.Table benzodiazepine, SmallCells.Table notable) {

		/**
		 * A share as a whole percent, or {@code null} when either count is suppressed.
		 */
		public static Integer share(String part, String whole) {
			if (SmallCells.SUPPRESSED.equals(part) || SmallCells.SUPPRESSED.equals(whole) || "0".equals(whole)) {
				return null;
			}
			return (int) Math.round(100.0 * Long.parseLong(part) / Long.parseLong(whole));
		}

	}

}
