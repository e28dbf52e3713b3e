package org.satellite.checking.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * A first guess at a mapping from a file's header (English or French column names) and
 * its dates, for a person to correct on the mapping screen. Lists joined by {@code +} or
 * {@code |} are recognised from the first rows.
 */
public final class MappingGuess {

	private MappingGuess() {
	}

	public static ImportMapping of(CsvFile.Parsed parsed) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String column : parsed.header()) {
			String name = ImportMapping.wordKey(column);
			if (name.contains("date") || name.startsWith("jour") || name.equals("day")) {
				map.putIfAbsent("date", column);
			}
			else if (name.contains("city") || name.contains("ville") || name.contains("town")
					|| name.contains("region")) {
				map.putIfAbsent("city", column);
			}
			else if (name.contains("site") || name.contains("lieu") || name.contains("service")) {
				map.putIfAbsent("site", column);
			}
			else if (name.contains("expect") || name.contains("attendu") || name.contains("presume")) {
				map.putIfAbsent("expected", column);
			}
			else if (name.contains("fent")) {
				map.putIfAbsent("fentanylStrip", column);
			}
			else if (name.contains("benzo")) {
				map.putIfAbsent("benzoStrip", column);
			}
			else if (name.contains("xyla")) {
				map.putIfAbsent("xylazineStrip", column);
			}
			else if (name.contains("ftir") || name.contains("component") || name.contains("composant")
					|| name.contains("found") || name.contains("trouve") || name.contains("resultat")) {
				map.putIfAbsent("components", column);
			}
			else if (name.equals("id") || name.contains("sample id") || name.contains("sample code")
					|| name.contains("no echantillon") || name.contains("numero")) {
				map.putIfAbsent("sampleId", column);
			}
		}
		List<CSVRecord> first = parsed.records().stream().filter(CSVRecord::isConsistent).limit(200).toList();
		if (map.containsKey("date")) {
			map.put("dateFormat", ImportDates.guess(first.stream().map((r) -> r.get(map.get("date"))).toList()).name());
		}
		if (map.containsKey("components")) {
			map.put("componentSeparator",
					separatorOf(first.stream().map((r) -> r.get(map.get("components"))).toList()));
		}
		return ImportMapping.fromMap(map);
	}

	private static String separatorOf(List<String> lists) {
		if (lists.stream().anyMatch((text) -> text.strip().startsWith("["))) {
			return "auto";
		}
		for (String separator : List.of("+", "|", ";", ",")) {
			if (lists.stream().anyMatch((text) -> text.contains(separator))) {
				return separator;
			}
		}
		return "auto";
	}

}
