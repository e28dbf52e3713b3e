package org.satellite.checking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a CSV file feeds which field of a sample. Only {@code date} is required; a column left out is a
 * field the file does not have.
 *
 * <p>
 * Strips are read as {@code True}/{@code Positive}, {@code False}/{@code Negative}, {@code Invalid}, and
 * {@code N/A} or empty for "not used". Components are a list written {@code ['A', 'B']} or {@code A; B}.
 */
public record ImportMapping(String date, String site, String city, String expected, String fentanylStrip,
		String benzoStrip, String xylazineStrip, String components) {

	/** The public results table of Drug Checking BC, as its scraper writes it. */
	public static final ImportMapping DRUG_CHECKING_BC = new ImportMapping("Date", "Site", "City/Town",
			"Expected Substance", "Fentanyl Test Strip", "Benzo Test Strip", null, "FTIR Spectrometer");

	public static final List<String> FIELDS = List.of("date", "site", "city", "expected", "fentanylStrip", "benzoStrip",
			"xylazineStrip", "components");

	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("date", this.date);
		map.put("site", this.site);
		map.put("city", this.city);
		map.put("expected", this.expected);
		map.put("fentanylStrip", this.fentanylStrip);
		map.put("benzoStrip", this.benzoStrip);
		map.put("xylazineStrip", this.xylazineStrip);
		map.put("components", this.components);
		return map;
	}

	public static ImportMapping fromMap(Map<String, String> map) {
		java.util.function.Function<String, String> get = (field) -> {
			String column = map.get(field);
			return (column == null || column.isBlank()) ? null : column;
		};
		return new ImportMapping(get.apply("date"), get.apply("site"), get.apply("city"), get.apply("expected"),
				get.apply("fentanylStrip"), get.apply("benzoStrip"), get.apply("xylazineStrip"), get.apply("components"));
	}

	/** The columns this mapping uses that the file does not have. */
	public List<String> missingFrom(List<String> header) {
		List<String> missing = new ArrayList<>();
		asMap().values().stream().filter((column) -> column != null && !header.contains(column)).forEach(missing::add);
		return missing;
	}

	/** Serialised one {@code field=column} per line, for the import's record. */
	String write() {
		StringBuilder text = new StringBuilder();
		asMap().forEach((field, column) -> {
			if (column != null) {
				text.append(field).append('=').append(column.replace("\n", " ")).append('\n');
			}
		});
		return text.toString();
	}

	static ImportMapping read(String text) {
		Map<String, String> map = new LinkedHashMap<>();
		text.lines().filter((line) -> line.contains("=")).forEach((line) -> {
			int equals = line.indexOf('=');
			map.put(line.substring(0, equals), line.substring(equals + 1));
		});
		return fromMap(map);
	}

}
