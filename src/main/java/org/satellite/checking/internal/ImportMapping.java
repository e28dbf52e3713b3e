package org.satellite.checking.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.satellite.platform.Refusal;

/**
 * How to read a CSV file from a given service: which column feeds which field of a
 * sample, how its dates are written, how its component lists are separated, and what its
 * own words for strip readings mean. Only {@code date} is required; a column left out is
 * a field the file does not have.
 *
 * <p>
 * Strip readings in English and French are understood without help ({@code True},
 * {@code Positive}, {@code Positif}, {@code Négatif}, {@code Invalide}, {@code N/A},
 * {@code Non testé}, ...); {@code words} adds the service's own words, and wins over the
 * built-in ones. {@code sampleId}, when the file has such a column, tells two lines about
 * the same sample from two samples with the same findings.
 *
 * @param componentSeparator {@code auto} (a list written {@code ['A', 'B']}, or
 * {@code A; B}), or one of {@link #COMPONENT_SEPARATORS}
 * @param words a service's words for strip readings, keyed by {@link #wordKey}
 */
public record ImportMapping(String date, String site, String city, String expected, String fentanylStrip,
		String benzoStrip, String xylazineStrip, String components, String sampleId, DateFormat dateFormat,
		String componentSeparator, Map<String, Reading> words) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * How components in one cell may be separated; {@code auto} is a bracketed list or
	 * semicolons.
	 */
	public static final List<String> COMPONENT_SEPARATORS = List.of("auto", ",", ";", "+", "|");

	/** The public results table of Drug Checking BC, as its scraper writes it. */
	public static final ImportMapping DRUG_CHECKING_BC = new ImportMapping("Date", "Site", "City/Town",
			"Expected Substance", "Fentanyl Test Strip", "Benzo Test Strip", null, "FTIR Spectrometer");

	/** The fields a column can feed, in the order the mapping screen shows them. */
	public static final List<String> FIELDS = List.of("date", "site", "city", "expected", "fentanylStrip", "benzoStrip",
			"xylazineStrip", "components", "sampleId");

	/**
	 * How a file writes its dates; a time after the date is allowed in each and left out.
	 */
	public enum DateFormat {

		/** 2020-11-01, 2020/11/01. */
		ISO,
		/** 01/11/2020, 1.11.2020, 01-11-2020. */
		DAY_FIRST,
		/** 11/01/2020. */
		MONTH_FIRST

	}

	/** What a strip reading means; {@code NOT_TESTED} is a strip that was not used. */
	public enum Reading {

		POSITIVE, NEGATIVE, INVALID, NOT_TESTED

	}

	public ImportMapping {
		dateFormat = (dateFormat != null) ? dateFormat : DateFormat.ISO;
		componentSeparator = (componentSeparator == null || componentSeparator.isBlank()) ? "auto" : componentSeparator;
		if (!COMPONENT_SEPARATORS.contains(componentSeparator)) {
			throw new Refusal("checking.error.componentSeparator", componentSeparator);
		}
		words = Map.copyOf((words != null) ? words : Map.of());
	}

	/** Columns only, with ISO dates and the built-in words. */
	public ImportMapping(String date, String site, String city, String expected, String fentanylStrip,
			String benzoStrip, String xylazineStrip, String components) {
		this(date, site, city, expected, fentanylStrip, benzoStrip, xylazineStrip, components, null, null, null, null);
	}

	/** The field to column part only, {@code null} for a field the file does not have. */
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
		map.put("sampleId", this.sampleId);
		return map;
	}

	/** The strip columns this mapping reads, by strip. */
	public Map<Strip, String> stripColumns() {
		Map<Strip, String> columns = new LinkedHashMap<>();
		if (this.fentanylStrip != null) {
			columns.put(Strip.FENTANYL, this.fentanylStrip);
		}
		if (this.benzoStrip != null) {
			columns.put(Strip.BENZODIAZEPINE, this.benzoStrip);
		}
		if (this.xylazineStrip != null) {
			columns.put(Strip.XYLAZINE, this.xylazineStrip);
		}
		return columns;
	}

	/** This mapping with one more word for a strip reading. */
	public ImportMapping withWords(Map<String, Reading> more) {
		Map<String, Reading> all = new TreeMap<>(this.words);
		more.forEach((word, reading) -> all.put(wordKey(word), reading));
		return new ImportMapping(this.date, this.site, this.city, this.expected, this.fentanylStrip, this.benzoStrip,
				this.xylazineStrip, this.components, this.sampleId, this.dateFormat, this.componentSeparator, all);
	}

	/**
	 * Reads a mapping from form fields or request parameters: a field name to a column,
	 * {@code dateFormat}, {@code componentSeparator}, and {@code word:<word>} to a
	 * {@link Reading}. Unknown keys are ignored.
	 */
	public static ImportMapping fromMap(Map<String, String> map) {
		Function<String, String> get = (field) -> {
			String column = map.get(field);
			return (column == null || column.isBlank()) ? null : column;
		};
		Map<String, Reading> words = new TreeMap<>();
		map.forEach((key, value) -> {
			if (key.startsWith("word:") && value != null && !value.isBlank()) {
				words.put(wordKey(key.substring(5)), reading(value));
			}
		});
		DateFormat dateFormat;
		try {
			dateFormat = (get.apply("dateFormat") == null) ? null : DateFormat.valueOf(get.apply("dateFormat"));
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("checking.error.dateFormat", get.apply("dateFormat"));
		}
		return new ImportMapping(get.apply("date"), get.apply("site"), get.apply("city"), get.apply("expected"),
				get.apply("fentanylStrip"), get.apply("benzoStrip"), get.apply("xylazineStrip"),
				get.apply("components"), get.apply("sampleId"), dateFormat, get.apply("componentSeparator"), words);
	}

	/** The columns this mapping uses that the file does not have. */
	public List<String> missingFrom(List<String> header) {
		List<String> missing = new ArrayList<>();
		asMap().values().stream().filter((column) -> column != null && !header.contains(column)).forEach(missing::add);
		return missing;
	}

	/** Serialised one {@code key=value} per line, the form {@link #read} reads back. */
	public String write() {
		StringBuilder text = new StringBuilder();
		asMap().forEach((field, column) -> {
			if (column != null) {
				text.append(field).append('=').append(oneLine(column)).append('\n');
			}
		});
		text.append("dateFormat=").append(this.dateFormat.name()).append('\n');
		text.append("componentSeparator=").append(this.componentSeparator).append('\n');
		new TreeMap<>(this.words).forEach((word, reading) -> text.append("word:")
			.append(oneLine(word).replace("=", " "))
			.append('=')
			.append(reading.name())
			.append('\n'));
		return text.toString();
	}

	public static ImportMapping read(String text) {
		Map<String, String> map = new LinkedHashMap<>();
		text.lines().filter((line) -> line.contains("=")).forEach((line) -> {
			int equals = line.startsWith("word:") ? line.lastIndexOf('=') : line.indexOf('=');
			map.put(line.substring(0, equals), line.substring(equals + 1));
		});
		return fromMap(map);
	}

	/**
	 * A word as compared with others: trimmed, spaces collapsed, lower case, accents left
	 * out, so that {@code Négatif}, {@code NEGATIF} and {@code négatif } are one word.
	 */
	public static String wordKey(String written) {
		String plain = MARKS.matcher(Normalizer.normalize((written == null) ? "" : written, Normalizer.Form.NFD))
			.replaceAll("");
		return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	private static Reading reading(String value) {
		try {
			return Reading.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("checking.error.wordReading", value);
		}
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ').replace('\r', ' ');
	}

}
