package org.satellite.checking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.satellite.checking.Vocabulary;

/**
 * Reads the records of a CSV file into samples through a mapping, and says of every row
 * it cannot read why.
 *
 * <p>
 * Each row gets a key made of the <em>facts</em> it states (day, site, city, expected
 * substance, components, strips; see {@link #fingerprint}) and how many rows with the
 * same facts came before it in the file. The facts do not depend on the layout, so the
 * same samples exported by another service, in another order of columns, with other
 * words, give the same keys and add nothing. Rows with the same facts are distinct
 * samples (21 identical MDMA results at one festival in one day are 21 samples) unless
 * the file has a sample number that says they are one: such rows are reported and kept
 * once. See docs/decisions/0056.
 */
public final class SampleRows {

	/**
	 * The longest site, city, expected substance or component name kept; longer cells are
	 * reported.
	 */
	public static final int MAX_CELL = 200;

	/** The most components one sample may have, as at intake. */
	public static final int MAX_COMPONENTS = 30;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final ImportMapping mapping;

	private final LocalDate latest;

	private final StripWords words;

	private final char separator;

	private final List<String> columns;

	private final Map<Strip, String> stripColumns;

	private final Map<String, Integer> seen = new HashMap<>();

	private final Map<String, Long> firstLineOfFacts = new HashMap<>();

	private final Map<String, Long> firstLineOfId = new HashMap<>();

	public SampleRows(ImportMapping mapping, LocalDate latest) {
		this(mapping, latest, ',');
	}

	public SampleRows(ImportMapping mapping, LocalDate latest, char separator) {
		this.mapping = mapping;
		this.latest = latest;
		this.words = new StripWords(mapping);
		this.separator = separator;
		this.columns = mapping.asMap().values().stream().filter(Objects::nonNull).toList();
		this.stripColumns = mapping.stripColumns();
	}

	/**
	 * One row that lands.
	 *
	 * @param key the row's facts and their occurrence in the file
	 * @param components names as written, empty entries left out
	 */
	public record Row(long line, String key, LocalDate date, String site, String city, CollectionMode mode,
			String expected, Map<Strip, StripResult> strips, List<String> components, String excerpt) {
	}

	/**
	 * Something about a row: it could not be read ({@code landed} false) or was read with
	 * a caveat.
	 */
	public record Problem(long line, String reason, String argument, String excerpt, boolean landed) {
	}

	/**
	 * Reads one record; adds to {@code problems} and returns empty when it cannot be
	 * read.
	 */
	public Optional<Row> read(CSVRecord record, List<Problem> problems) {
		long line = record.getRecordNumber() + 1;
		String excerpt = excerpt(record);
		if (!record.isConsistent()) {
			problems
				.add(new Problem(line, "checking.import.row.fields", String.valueOf(record.size()), excerpt, false));
			return Optional.empty();
		}
		for (String column : this.columns) {
			if (value(record, column).indexOf('\u0000') >= 0) {
				problems.add(new Problem(line, "checking.import.row.character", column, excerpt, false));
				return Optional.empty();
			}
		}
		String dateText = value(record, this.mapping.date());
		Optional<LocalDate> parsed = ImportDates.parse(dateText, this.mapping.dateFormat());
		if (parsed.isEmpty()) {
			problems.add(new Problem(line, "checking.import.row.date", clip(dateText), excerpt, false));
			return Optional.empty();
		}
		LocalDate date = parsed.get();
		if (date.isAfter(this.latest) || date.getYear() < 2000) {
			problems.add(new Problem(line, "checking.import.row.dateRange", date.toString(), excerpt, false));
			return Optional.empty();
		}
		Map<Strip, StripResult> strips = new EnumMap<>(Strip.class);
		List<Problem> caveats = new ArrayList<>();
		for (Map.Entry<Strip, String> column : this.stripColumns.entrySet()) {
			String written = value(record, column.getValue());
			Optional<Optional<StripResult>> result = this.words.read(written);
			if (result.isEmpty()) {
				problems.add(new Problem(line, "checking.import.row.strip", column.getValue() + ": " + clip(written),
						excerpt, false));
				return Optional.empty();
			}
			result.get().ifPresent((reading) -> strips.put(column.getKey(), reading));
			if (written.contains(";") && result.get().isPresent()) {
				caveats.add(new Problem(line, "checking.import.row.stripBoth", column.getValue() + ": " + written,
						excerpt, true));
			}
		}
		List<String> components = List.of();
		if (this.mapping.components() != null) {
			String written = value(record, this.mapping.components());
			Optional<List<String>> list = ComponentList.parse(written, this.mapping.componentSeparator());
			if (list.isEmpty()) {
				problems.add(new Problem(line, "checking.import.row.components", clip(written), excerpt, false));
				return Optional.empty();
			}
			components = list.get();
			if (components.size() > MAX_COMPONENTS) {
				problems.add(new Problem(line, "checking.import.row.tooManyComponents",
						String.valueOf(components.size()), excerpt, false));
				return Optional.empty();
			}
		}
		String site = blankToNull(value(record, this.mapping.site()));
		String city = blankToNull(value(record, this.mapping.city()));
		String expected = blankToNull(value(record, this.mapping.expected()));
		Optional<Problem> tooLong = tooLong(line, excerpt, site, city, expected, components);
		if (tooLong.isPresent()) {
			problems.add(tooLong.get());
			return Optional.empty();
		}
		String id = blankToNull(value(record, this.mapping.sampleId()));
		if (id != null) {
			Long first = this.firstLineOfId.putIfAbsent(id, line);
			if (first != null) {
				problems.add(new Problem(line, "checking.import.row.repeated", String.valueOf(first), excerpt, false));
				return Optional.empty();
			}
		}
		problems.addAll(caveats);
		String facts = fingerprint(date, site, city, expected, components, strips);
		int occurrence = this.seen.merge(facts, 1, Integer::sum);
		Long first = this.firstLineOfFacts.putIfAbsent(facts, line);
		if (first != null && id == null) {
			problems.add(new Problem(line, "checking.import.row.sameFacts", String.valueOf(first), excerpt, true));
		}
		return Optional.of(new Row(line, facts + "#" + occurrence, date, site, city, modeOf(site), expected, strips,
				components, excerpt));
	}

	/**
	 * What a sample states, whatever the layout it came in: {@code f:} and the first 128
	 * bits (hex) of the SHA-256 of day, site, city and expected substance (each as
	 * {@link Vocabulary#keyOf}), the component names (as keys, sorted) and the strips
	 * (sorted by strip). Migration V6_6 computes the same in SQL for samples imported
	 * before; the two must change together.
	 */
	public static String fingerprint(LocalDate date, String site, String city, String expected, List<String> components,
			Map<Strip, StripResult> strips) {
		String names = String.join("\u001e", components.stream().map(SampleRows::key).sorted().toList());
		Map<String, String> sorted = new TreeMap<>();
		strips.forEach((strip, result) -> sorted.put(strip.name(), strip.name() + "=" + result.name()));
		String canonical = String.join("\u001f", date.toString(), key(site), key(city), key(expected), names,
				String.join(",", sorted.values()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return "f:" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A strip as written, with the built-in English and French words only. */
	static Optional<Optional<StripResult>> strip(String written) {
		return new StripWords(ImportMapping.DRUG_CHECKING_BC).read(written);
	}

	static CollectionMode modeOf(String site) {
		String name = (site == null) ? "" : site.toLowerCase(Locale.ROOT);
		if (name.contains("mail")) {
			return CollectionMode.MAIL_IN;
		}
		// Mobile services and festivals (named with their year: "Bass Coast 2018") go to
		// where people are.
		if (name.contains("outreach") || name.contains("festival") || name.contains("mobile")
				|| name.matches(".*\\b(19|20)\\d\\d\\b.*")) {
			return CollectionMode.OUTREACH;
		}
		// Overdose prevention and supervised consumption sites check what people bring
		// in.
		if (name.contains("walk") || name.contains("ops") || name.contains("insite") || name.contains("safepoint")) {
			return CollectionMode.WALK_IN;
		}
		return CollectionMode.UNKNOWN;
	}

	private Optional<Problem> tooLong(long line, String excerpt, String site, String city, String expected,
			List<String> components) {
		List<String> cells = new ArrayList<>();
		cells.add(site);
		cells.add(city);
		cells.add(expected);
		cells.addAll(components);
		return cells.stream()
			.filter((cell) -> cell != null && cell.length() > MAX_CELL)
			.findFirst()
			.map((cell) -> new Problem(line, "checking.import.row.tooLong", String.valueOf(cell.length()), excerpt,
					false));
	}

	/**
	 * {@link Vocabulary#keyOf}, with its pattern compiled once: it runs for every cell of
	 * every row.
	 */
	private static String key(String text) {
		return (text == null) ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	private static String value(CSVRecord record, String column) {
		return (column == null) ? "" : record.get(column);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String clip(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "…" : text;
	}

	private String excerpt(CSVRecord record) {
		String text = String.join(String.valueOf(this.separator), record.toList()).replace('\u0000', '?');
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
