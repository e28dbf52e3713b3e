package org.satellite.checking.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.checking.internal.OpenData;
import org.satellite.checking.internal.Publication;
import org.satellite.checking.internal.Publication.Count;
import org.satellite.checking.internal.Publication.Figures;
import org.satellite.checking.internal.Publication.Kind;
import org.satellite.checking.internal.Publication.Measure;
import org.satellite.checking.internal.Publication.Period;
import org.satellite.checking.internal.Publication.SubstanceFigures;
import org.satellite.checking.internal.Substance;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The downloads of {@code /data}: the figures of every period, the figures by expected
 * substance, the vocabulary and the dictionary of every file's columns and codes in
 * English and French. Each file is written once per version of the figures and then
 * served from memory.
 *
 * <p>
 * The file of one line per sample is no longer published (decision 0051): it gave away
 * the counts the tables hide.
 */
@Controller
class DataFilesController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> FIGURES = List.of("period_kind", "period", "period_start", "period_end", "expected_class",
			"samples", "with_fentanyl", "with_benzodiazepine", "with_notable");

	static final List<String> MONTHLY = List.of("month", "expected_class", "samples", "with_fentanyl",
			"with_benzodiazepine", "with_notable");

	static final List<String> SUBSTANCES = List.of("period_kind", "period", "expected_substance",
			"expected_substance_fr", "expected_class", "samples", "with_fentanyl", "with_benzodiazepine",
			"with_notable");

	static final List<String> VOCABULARY = List.of("substance", "substance_fr", "class", "class_en", "class_fr",
			"fentanyl_group", "notable_reason");

	/**
	 * Every file and its columns, for the dictionary: the page and
	 * {@code checking-columns.csv} list the same.
	 */
	static final Map<String, List<String>> FILES = new LinkedHashMap<>(Map.of());

	static {
		FILES.put("checking-figures.csv", FIGURES);
		FILES.put("checking-monthly.csv", MONTHLY);
		FILES.put("checking-expected-substances.csv", SUBSTANCES);
		FILES.put("checking-vocabulary.csv", VOCABULARY);
		FILES.put("codes", List.of("<5", "hidden", "ALL", "UNKNOWN"));
	}

	private final OpenData data;

	private final MessageSource messages;

	private final Map<String, Written> written = new ConcurrentHashMap<>();

	DataFilesController(OpenData data, MessageSource messages) {
		this.data = data;
		this.messages = messages;
	}

	@GetMapping("/data/checking-figures.csv")
	ResponseEntity<byte[]> figures() {
		return csv("checking-figures.csv", (publication) -> write(FIGURES, (out) -> {
			for (Period period : publication.periods()) {
				Figures figures = publication.figures().get(period);
				int columns = byClass(period) ? Publication.COLUMNS.size() : 1;
				for (int column = 0; column < columns; column++) {
					out.printRecord(period.kind(), period.label(), period.start(), period.end(),
							Publication.COLUMNS.get(column), text(figures, Measure.SAMPLES, column),
							text(figures, Measure.FENTANYL, column), text(figures, Measure.BENZODIAZEPINE, column),
							text(figures, Measure.NOTABLE, column));
				}
			}
		}));
	}

	/**
	 * The months' totals only, as the dashboard has always offered them (the class
	 * breakdown is for quarters and years).
	 */
	@GetMapping("/data/checking-monthly.csv")
	ResponseEntity<byte[]> monthly() {
		return csv("checking-monthly.csv", (publication) -> write(MONTHLY, (out) -> {
			for (Period period : publication.periods(Kind.MONTH)) {
				Figures figures = publication.figures().get(period);
				for (int column = 0; column < 1; column++) {
					out.printRecord(period.label(), Publication.COLUMNS.get(column),
							text(figures, Measure.SAMPLES, column), text(figures, Measure.FENTANYL, column),
							text(figures, Measure.BENZODIAZEPINE, column), text(figures, Measure.NOTABLE, column));
				}
			}
		}));
	}

	@GetMapping("/data/checking-expected-substances.csv")
	ResponseEntity<byte[]> substances() {
		return csv("checking-expected-substances.csv", (publication) -> write(SUBSTANCES, (out) -> {
			for (Map.Entry<Period, List<SubstanceFigures>> entry : publication.substances().entrySet()) {
				for (SubstanceFigures row : entry.getValue()) {
					Substance substance = row.substance();
					out.printRecord(entry.getKey().kind(), entry.getKey().label(), substance.nameEn(),
							substance.nameFr(), substance.substanceClass(), row.count(Measure.SAMPLES).text(),
							row.count(Measure.FENTANYL).text(), row.count(Measure.BENZODIAZEPINE).text(),
							row.count(Measure.NOTABLE).text());
				}
			}
		}));
	}

	@GetMapping("/data/checking-vocabulary.csv")
	ResponseEntity<byte[]> vocabulary() {
		return csv("checking-vocabulary.csv", (publication) -> write(VOCABULARY, (out) -> {
			for (Substance substance : publication.vocabulary()) {
				String key = "checking.class." + substance.substanceClass();
				out.printRecord(substance.nameEn(), substance.nameFr(), substance.substanceClass(),
						this.messages.getMessage(key, null, Locale.ENGLISH),
						this.messages.getMessage(key, null, Locale.FRENCH), substance.fentanylGroup(),
						(substance.notableReason() != null) ? substance.notableReason() : "");
			}
		}));
	}

	/** What every column and every code of the files means, in English and in French. */
	@GetMapping("/data/checking-columns.csv")
	ResponseEntity<byte[]> columns() {
		return csv("checking-columns.csv",
				(publication) -> write(List.of("file", "column", "meaning_en", "meaning_fr"), (out) -> {
					for (Map.Entry<String, List<String>> file : FILES.entrySet()) {
						for (String column : file.getValue()) {
							String key = "checking.data.col." + column;
							out.printRecord(file.getKey(), column, this.messages.getMessage(key, null, Locale.ENGLISH),
									this.messages.getMessage(key, null, Locale.FRENCH));
						}
					}
				}));
	}

	/** Gone for good, saying why in both languages. */
	@GetMapping("/data/checking-samples.csv")
	ResponseEntity<String> samplesGone() {
		return ResponseEntity.status(HttpStatus.GONE)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(this.messages.getMessage("checking.data.samplesGone", null, Locale.ENGLISH) + "\n\n"
					+ this.messages.getMessage("checking.data.samplesGone", null, Locale.FRENCH) + "\n");
	}

	private ResponseEntity<byte[]> csv(String name, Function<Publication, byte[]> writer) {
		Publication publication = this.data.current();
		Written file = this.written.compute(name, (key, held) -> (held != null && held.publication() == publication)
				? held : new Written(publication, writer.apply(publication)));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(file.bytes());
	}

	/**
	 * Years and quarters are broken down by class; months and fortnights give their
	 * totals only (decision 0050).
	 */
	static boolean byClass(Period period) {
		return period.kind() == Kind.YEAR || period.kind() == Kind.QUARTER;
	}

	private static String text(Figures figures, Measure measure, int column) {
		Count count = figures.count(measure, column);
		return count.text();
	}

	private static byte[] write(List<String> header, Lines lines) {
		StringWriter text = new StringWriter();
		try (CSVPrinter out = new CSVPrinter(text,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			lines.print(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	interface Lines {

		void print(CSVPrinter out) throws IOException;

	}

	record Written(Publication publication, byte[] bytes) {
	}

}
