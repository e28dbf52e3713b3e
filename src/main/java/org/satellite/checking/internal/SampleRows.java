package org.satellite.checking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.satellite.checking.CollectionMode;
import org.satellite.checking.ImportMapping;
import org.satellite.checking.Strip;
import org.satellite.checking.StripResult;

/**
 * Reads the records of a CSV file into samples through a column mapping, and says of every row it cannot read why.
 *
 * <p>
 * Each row gets a key: a hash of its values and how many identical rows came before it in the file. Two identical
 * rows are two samples (the same pill checked twice in a day), and the same file imported again gives the same keys,
 * so it adds nothing. A later, longer export of the same source adds only its new rows.
 */
public final class SampleRows {

	private final ImportMapping mapping;

	private final LocalDate latest;

	private final Map<String, Integer> seen = new HashMap<>();

	public SampleRows(ImportMapping mapping, LocalDate latest) {
		this.mapping = mapping;
		this.latest = latest;
	}

	/**
	 * One row that lands.
	 *
	 * @param components names as written, empty entries left out
	 */
	public record Row(long line, String key, LocalDate date, String site, String city, CollectionMode mode,
			String expected, Map<Strip, StripResult> strips, List<String> components) {
	}

	/**
	 * Something about a row: it could not be read ({@code landed} false) or was read with a caveat.
	 */
	public record Problem(long line, String reason, String argument, String excerpt, boolean landed) {
	}

	/** Reads one record; adds to {@code problems} and returns empty when it cannot be read. */
	public Optional<Row> read(CSVRecord record, List<Problem> problems) {
		long line = record.getRecordNumber() + 1;
		String excerpt = excerpt(record);
		if (!record.isConsistent()) {
			problems.add(new Problem(line, "checking.import.row.fields", String.valueOf(record.size()), excerpt, false));
			return Optional.empty();
		}
		String dateText = value(record, this.mapping.date());
		LocalDate date;
		try {
			date = LocalDate.parse(dateText.replace('/', '-'));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new Problem(line, "checking.import.row.date", dateText, excerpt, false));
			return Optional.empty();
		}
		if (date.isAfter(this.latest) || date.getYear() < 2000) {
			problems.add(new Problem(line, "checking.import.row.dateRange", dateText, excerpt, false));
			return Optional.empty();
		}
		Map<Strip, StripResult> strips = new EnumMap<>(Strip.class);
		List<Problem> caveats = new ArrayList<>();
		for (Map.Entry<Strip, String> column : Map.of(Strip.FENTANYL, nullToEmpty(this.mapping.fentanylStrip()),
				Strip.BENZODIAZEPINE, nullToEmpty(this.mapping.benzoStrip()), Strip.XYLAZINE,
				nullToEmpty(this.mapping.xylazineStrip())).entrySet()) {
			if (column.getValue().isEmpty()) {
				continue;
			}
			String written = value(record, column.getValue());
			Optional<Optional<StripResult>> result = strip(written);
			if (result.isEmpty()) {
				problems.add(new Problem(line, "checking.import.row.strip", column.getValue() + ": " + written, excerpt, false));
				return Optional.empty();
			}
			result.get().ifPresent((reading) -> strips.put(column.getKey(), reading));
			if (written.contains(";") && result.get().isPresent()) {
				caveats.add(new Problem(line, "checking.import.row.stripBoth", column.getValue() + ": " + written, excerpt, true));
			}
		}
		List<String> components = List.of();
		if (this.mapping.components() != null) {
			Optional<List<String>> list = ComponentList.parse(value(record, this.mapping.components()));
			if (list.isEmpty()) {
				problems.add(new Problem(line, "checking.import.row.components", value(record, this.mapping.components()),
						excerpt, false));
				return Optional.empty();
			}
			components = list.get();
		}
		problems.addAll(caveats);
		String site = blankToNull(value(record, this.mapping.site()));
		String expected = blankToNull(value(record, this.mapping.expected()));
		String identity = String.join("\u0000", record.toList());
		int occurrence = this.seen.merge(identity, 1, Integer::sum);
		return Optional.of(new Row(line, hash(identity) + "#" + occurrence, date, site,
				blankToNull(value(record, this.mapping.city())), modeOf(site), expected, strips, components));
	}

	/**
	 * A strip as written: empty inside when not used, absent when it cannot be read. Two readings that disagree
	 * ({@code Positive;Negative}) are kept as invalid, with a caveat in the report.
	 */
	static Optional<Optional<StripResult>> strip(String written) {
		String value = (written == null) ? "" : written.strip().toLowerCase(Locale.ROOT);
		if (value.contains(";")) {
			List<Optional<StripResult>> readings = new ArrayList<>();
			for (String part : value.split(";")) {
				Optional<Optional<StripResult>> reading = strip(part);
				if (reading.isEmpty()) {
					return Optional.empty();
				}
				readings.add(reading.get());
			}
			return Optional.of(readings.stream().distinct().count() == 1 ? readings.get(0) : Optional.of(StripResult.INVALID));
		}
		return switch (value) {
			case "true", "positive", "pos", "yes", "+" -> Optional.of(Optional.of(StripResult.POSITIVE));
			case "false", "negative", "neg", "no", "-" -> Optional.of(Optional.of(StripResult.NEGATIVE));
			case "invalid" -> Optional.of(Optional.of(StripResult.INVALID));
			case "", "n/a", "na", "not tested" -> Optional.of(Optional.empty());
			default -> Optional.empty();
		};
	}

	static CollectionMode modeOf(String site) {
		String name = (site == null) ? "" : site.toLowerCase(Locale.ROOT);
		if (name.contains("mail")) {
			return CollectionMode.MAIL_IN;
		}
		// Mobile services and festivals (named with their year: "Bass Coast 2018") go to where people are.
		if (name.contains("outreach") || name.contains("festival") || name.contains("mobile")
				|| name.matches(".*\\b(19|20)\\d\\d\\b.*")) {
			return CollectionMode.OUTREACH;
		}
		// Overdose prevention and supervised consumption sites check what people bring in.
		if (name.contains("walk") || name.contains("ops") || name.contains("insite") || name.contains("safepoint")) {
			return CollectionMode.WALK_IN;
		}
		return CollectionMode.UNKNOWN;
	}

	private static String value(CSVRecord record, String column) {
		return (column == null) ? "" : record.get(column);
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String excerpt(CSVRecord record) {
		String text = String.join(",", record.toList());
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
