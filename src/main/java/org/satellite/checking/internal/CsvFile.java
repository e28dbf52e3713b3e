package org.satellite.checking.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.satellite.platform.Refusal;

/**
 * A CSV file as it came in, checked as a whole before anything of it is kept: UTF-8, not too large, a header, every
 * quote closed. Each problem is a {@link Refusal} saying what is wrong and where.
 */
public final class CsvFile {

	/** The largest file accepted; larger files should be split, and say so. */
	public static final int MAX_BYTES = 50 * 1024 * 1024;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(false)
		.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
		.get();

	private CsvFile() {
	}

	/** Reads at most {@link #MAX_BYTES}; refuses a larger stream without reading it all into memory. */
	public static byte[] read(InputStream in) {
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new Refusal("checking.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
			}
			if (bytes.length == 0) {
				throw new Refusal("checking.error.emptyFile");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new Refusal("checking.error.unreadableFile");
		}
	}

	/** The text of the file; refused unless it is UTF-8 (a byte order mark is allowed and dropped). */
	public static String text(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new Refusal("checking.error.notUtf8");
		}
	}

	/** Parses the whole file, or refuses it naming the line where it stops making sense. */
	public static Parsed parse(String text) {
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
				throw new Refusal("checking.error.noHeader");
			}
			List<CSVRecord> records = new ArrayList<>();
			try {
				for (CSVRecord record : parser) {
					records.add(record);
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new Refusal("checking.error.malformedCsv", parser.getCurrentLineNumber());
			}
			return new Parsed(List.copyOf(header), records);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("checking.error.badHeader");
		}
		catch (UncheckedIOException | IOException ex) {
			throw new Refusal("checking.error.malformedCsv", 1);
		}
	}

	/**
	 * A parsed file: its header and its records (each knows its line number).
	 */
	public record Parsed(List<String> header, List<CSVRecord> records) {
	}

}
