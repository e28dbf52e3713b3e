package org.satellite.checking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SampleRowsTests {

	@Test
	void understandsEveryWayTheDrugCheckingBcFileWritesAStrip() {
		assertThat(SampleRows.strip("True")).contains(Optional.of(StripResult.POSITIVE));
		assertThat(SampleRows.strip("False")).contains(Optional.of(StripResult.NEGATIVE));
		assertThat(SampleRows.strip("Invalid")).contains(Optional.of(StripResult.INVALID));
		assertThat(SampleRows.strip("N/A")).contains(Optional.empty());
		assertThat(SampleRows.strip("")).contains(Optional.empty());
	}

	@Test
	void keepsTwoReadingsThatDisagreeAsInvalid() {
		assertThat(SampleRows.strip("Positive;Negative")).contains(Optional.of(StripResult.INVALID));
		assertThat(SampleRows.strip("Positive;Positive")).contains(Optional.of(StripResult.POSITIVE));
	}

	@Test
	void refusesAReadingItDoesNotUnderstand() {
		assertThat(SampleRows.strip("Maybe")).isEmpty();
		assertThat(SampleRows.strip("True;Maybe")).isEmpty();
	}

	@Test
	void tellsTheCollectionModeFromTheSiteName() {
		assertThat(SampleRows.modeOf("GYDT - Mail-in")).isEqualTo(CollectionMode.MAIL_IN);
		assertThat(SampleRows.modeOf("GYDT - Walk-in")).isEqualTo(CollectionMode.WALK_IN);
		assertThat(SampleRows.modeOf("Molson OPS")).isEqualTo(CollectionMode.WALK_IN);
		assertThat(SampleRows.modeOf("Bass Coast 2018")).isEqualTo(CollectionMode.OUTREACH);
		assertThat(SampleRows.modeOf("ASK Wellness (Mobile)")).isEqualTo(CollectionMode.OUTREACH);
		assertThat(SampleRows.modeOf("Three Bridges CHC")).isEqualTo(CollectionMode.UNKNOWN);
	}

	static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

	static final ImportMapping OTHER = ImportMapping.fromMap(Map.of("date", "Jour", "site", "Lieu", "city", "Ville",
			"expected", "Attendu", "fentanylStrip", "BT fentanyl", "benzoStrip", "BT benzo", "components", "FTIR",
			"dateFormat", "DAY_FIRST", "componentSeparator", "+"));

	@Test
	void theSameSampleInTwoLayoutsGetsTheSameKey() {
		List<SampleRows.Row> dcbc = read(ImportMapping.DRUG_CHECKING_BC, ",",
				"""
						"Date","Site","City/Town","Expected Substance","Fentanyl Test Strip","Benzo Test Strip","FTIR Spectrometer"
						"2020-11-01","GYDT - Walk-in","Vancouver","Heroin","True","N/A","['Fentanyl HCl', 'Caffeine', '']"
						""",
				new ArrayList<>());
		List<SampleRows.Row> other = read(OTHER, ";", """
				Ville;FTIR;Jour;Attendu;BT benzo;BT fentanyl;Lieu
				vancouver;Caffeine + Fentanyl HCl;01/11/2020 10:42;heroin;Non testé;Positif;GYDT  -  Walk-in
				""", new ArrayList<>());

		assertThat(other).singleElement().extracting(SampleRows.Row::key).isEqualTo(dcbc.get(0).key());
		assertThat(other.get(0).components()).containsExactly("Caffeine", "Fentanyl HCl");
		assertThat(other.get(0).strips()).containsExactly(Map.entry(Strip.FENTANYL, StripResult.POSITIVE));
	}

	@Test
	void rowsWithTheSameFactsAreDistinctSamplesReportedUnlessASampleNumberSaysTheyAreOne() {
		String file = "Jour;Lieu;Attendu;Numéro\n01/11/2020;A;MDMA;1\n01/11/2020;A;MDMA;2\n01/11/2020;A;MDMA;2\n";
		List<SampleRows.Problem> withoutNumbers = new ArrayList<>();
		List<SampleRows.Problem> withNumbers = new ArrayList<>();

		List<SampleRows.Row> distinct = read(
				ImportMapping
					.fromMap(Map.of("date", "Jour", "site", "Lieu", "expected", "Attendu", "dateFormat", "DAY_FIRST")),
				";", file, withoutNumbers);
		List<SampleRows.Row> numbered = read(ImportMapping.fromMap(Map.of("date", "Jour", "site", "Lieu", "expected",
				"Attendu", "sampleId", "Numéro", "dateFormat", "DAY_FIRST")), ";", file, withNumbers);

		assertThat(distinct).extracting(SampleRows.Row::key).doesNotHaveDuplicates().hasSize(3);
		assertThat(withoutNumbers)
			.extracting(SampleRows.Problem::line, SampleRows.Problem::reason, SampleRows.Problem::landed)
			.containsExactly(tuple(3L, "checking.import.row.sameFacts", true),
					tuple(4L, "checking.import.row.sameFacts", true));
		assertThat(numbered).hasSize(2);
		assertThat(withNumbers)
			.extracting(SampleRows.Problem::line, SampleRows.Problem::reason, SampleRows.Problem::argument)
			.containsExactly(tuple(4L, "checking.import.row.repeated", "3"));
	}

	@Test
	void reportsACellTooLongToKeepAndADateNotInTheChosenFormat() {
		List<SampleRows.Problem> problems = new ArrayList<>();
		String file = "Jour;Lieu;Attendu\n01/11/2020;A;" + "x".repeat(5000)
				+ "\n2020-11-01;A;MDMA\n02/11/2020;A;MDMA\n";

		List<SampleRows.Row> rows = read(
				ImportMapping
					.fromMap(Map.of("date", "Jour", "site", "Lieu", "expected", "Attendu", "dateFormat", "DAY_FIRST")),
				";", file, problems);

		assertThat(rows).extracting(SampleRows.Row::line).containsExactly(4L);
		assertThat(problems)
			.extracting(SampleRows.Problem::line, SampleRows.Problem::reason, SampleRows.Problem::argument)
			.containsExactly(tuple(2L, "checking.import.row.tooLong", "5000"),
					tuple(3L, "checking.import.row.date", "2020-11-01"));
	}

	static List<SampleRows.Row> read(ImportMapping mapping, String separator, String file,
			List<SampleRows.Problem> problems) {
		CsvFile.Parsed parsed = CsvFile.parse(file);
		assertThat(String.valueOf(parsed.separator())).isEqualTo(separator);
		SampleRows reader = new SampleRows(mapping, TODAY, parsed.separator());
		List<SampleRows.Row> rows = new ArrayList<>();
		parsed.records().forEach((record) -> reader.read(record, problems).ifPresent(rows::add));
		return rows;
	}

}
