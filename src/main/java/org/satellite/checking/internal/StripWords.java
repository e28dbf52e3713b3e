package org.satellite.checking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.checking.internal.ImportMapping.Reading;

/**
 * Strip readings in a file's own words. English and French words are known without help;
 * a mapping adds a service's own words, which win. Case, spaces and accents do not matter
 * ({@code NÉGATIF} is {@code négatif}).
 */
public final class StripWords {

	private static final Map<String, Reading> BUILT_IN = new HashMap<>();

	static {
		for (String word : List.of("true", "positive", "pos", "yes", "+", "detected", "positif", "vrai", "oui",
				"detecte", "detectee")) {
			BUILT_IN.put(word, Reading.POSITIVE);
		}
		for (String word : List.of("false", "negative", "neg", "no", "-", "not detected", "none detected", "negatif",
				"faux", "non", "non detecte", "non detectee")) {
			BUILT_IN.put(word, Reading.NEGATIVE);
		}
		for (String word : List.of("invalid", "invalide", "inconclusive", "non concluant")) {
			BUILT_IN.put(word, Reading.INVALID);
		}
		for (String word : List.of("", "n/a", "na", "not tested", "untested", "not done", "non teste", "non testee",
				"pas teste", "s/o", "sans objet", "n/d", "nd")) {
			BUILT_IN.put(word, Reading.NOT_TESTED);
		}
	}

	private final Map<String, Reading> words;

	/**
	 * Readings by the text as written: a file uses a handful of words thousands of times.
	 */
	private final Map<String, Optional<Optional<StripResult>>> read = new HashMap<>();

	public StripWords(ImportMapping mapping) {
		this.words = new HashMap<>(BUILT_IN);
		this.words.putAll(mapping.words());
	}

	/**
	 * A reading: empty inside when the strip was not used, absent when a word is unknown.
	 * Two readings that disagree ({@code Positive;Negative}) are kept as invalid.
	 */
	public Optional<Optional<StripResult>> read(String written) {
		return this.read.computeIfAbsent((written == null) ? "" : written, this::readWord);
	}

	private Optional<Optional<StripResult>> readWord(String written) {
		String value = ImportMapping.wordKey(written);
		Reading whole = this.words.get(value);
		if (whole != null || !value.contains(";")) {
			return Optional.ofNullable(whole).map(StripWords::result);
		}
		List<Optional<StripResult>> readings = new ArrayList<>();
		for (String part : value.split(";")) {
			Reading reading = this.words.get(ImportMapping.wordKey(part));
			if (reading == null) {
				return Optional.empty();
			}
			readings.add(result(reading));
		}
		return Optional
			.of((readings.stream().distinct().count() == 1) ? readings.get(0) : Optional.of(StripResult.INVALID));
	}

	/** Whether the word (or each part of it) is known. */
	public boolean knows(String written) {
		return read(written).isPresent();
	}

	private static Optional<StripResult> result(Reading reading) {
		return switch (reading) {
			case POSITIVE -> Optional.of(StripResult.POSITIVE);
			case NEGATIVE -> Optional.of(StripResult.NEGATIVE);
			case INVALID -> Optional.of(StripResult.INVALID);
			case NOT_TESTED -> Optional.empty();
		};
	}

}
