package org.satellite.checking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;

/**
 * A dry run of a whole file through a mapping, nothing written: how the first rows will
 * be read, how many rows would be reported and why, and the strip words nobody has said
 * the meaning of yet. It is what lets a person see a wrong date format or an unknown word
 * before importing.
 *
 * @param rows the first rows as they will be read (a row not read is left out; its reason
 * is in {@code reasons})
 * @param reasons reason (message code) to the number of rows reported for it
 * @param firstProblems the first rows reported, up to ten
 * @param unknownWords the strip words not understood (the {@link #WORDS} most used), with
 * how many cells use each
 * @param readable rows that would be read
 */
public record ImportPreview(List<SampleRows.Row> rows, Map<String, Integer> reasons,
		List<SampleRows.Problem> firstProblems, Map<String, Integer> unknownWords, int readable) {

	/** How many rows the preview shows as they will be read. */
	public static final int ROWS = 10;

	/**
	 * How many unknown words the preview lists, the most used first: a column of free
	 * text mapped as a strip by mistake would otherwise list thousands; its reason count
	 * says so anyway.
	 */
	public static final int WORDS = 50;

	public static ImportPreview of(CsvFile.Parsed parsed, ImportMapping mapping, LocalDate today) {
		SampleRows reader = new SampleRows(mapping, today, parsed.separator());
		StripWords words = new StripWords(mapping);
		List<SampleRows.Row> rows = new ArrayList<>();
		List<SampleRows.Problem> problems = new ArrayList<>();
		Map<String, Integer> unknown = new TreeMap<>();
		int readable = 0;
		for (CSVRecord record : parsed.records()) {
			var row = reader.read(record, problems);
			if (row.isPresent()) {
				readable++;
				if (rows.size() < ROWS) {
					rows.add(row.get());
				}
			}
			if (record.isConsistent()) {
				for (String column : mapping.stripColumns().values()) {
					String written = record.get(column).strip();
					if (!words.knows(written)) {
						unknown.merge(written, 1, Integer::sum);
					}
				}
			}
		}
		Map<String, Integer> mostUsed = new LinkedHashMap<>();
		unknown.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(WORDS)
			.forEach((word) -> mostUsed.put(word.getKey(), word.getValue()));
		Map<String, Integer> reasons = new LinkedHashMap<>();
		problems.forEach((problem) -> reasons.merge(problem.reason(), 1, Integer::sum));
		return new ImportPreview(rows, reasons, problems.stream().limit(10).toList(), mostUsed, readable);
	}

}
