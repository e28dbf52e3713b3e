package org.satellite.checking.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.satellite.platform.Refusal;

/**
 * A CSV file as it came in, checked as a whole before anything of it is kept: UTF-8 (with
 * or without a byte order mark), not too large, a header, every quote closed. Lines may
 * end in CRLF or LF. The separator (comma, semicolon or tab) is found from the header row
 * unless the caller names one. Each problem is a {@link Refusal} saying what is wrong,
 * where, and how to fix it.
 */
public final class CsvFile {

	/** The largest file accepted; larger files should be split, and say so. */
	public static final int MAX_BYTES = 50 * 1024 * 1024;

	/** The separators a file may use, in the order a tie is settled. */
	public static final List<Character> SEPARATORS = List.of(',', ';', '\t');

	private CsvFile() {
	}

	/**
	 * Reads at most {@link #MAX_BYTES}; refuses a larger stream without reading it all
	 * into memory.
	 */
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

	/**
	 * The text of the file; refused unless it is UTF-8 (a byte order mark is allowed and
	 * dropped). The refusal names the line of the first byte that is not UTF-8, and
	 * UTF-16 ("Unicode text" in spreadsheets) separately, since the fix differs.
	 */
	public static String text(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			throw new Refusal("checking.error.utf16");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new Refusal("checking.error.notUtf8", firstLineNotUtf8(bytes));
		}
	}

	/** Parses the whole file with the separator its header uses. */
	public static Parsed parse(String text) {
		return parse(text, null);
	}

	/**
	 * Parses the whole file, or refuses it naming the line where it stops making sense.
	 * @param separator the separator to use, or {@code null} to find it from the header
	 * row
	 */
	public static Parsed parse(String text, Character separator) {
		char chosen = (separator != null) ? separator : detectSeparator(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(chosen)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(false)
			.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
			.get();
		try (CSVParser parser = format.parse(new StringReader(text))) {
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
			return new Parsed(List.copyOf(header), records, chosen, detectSeparator(text));
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("checking.error.badHeader");
		}
		catch (UncheckedIOException | IOException ex) {
			throw new Refusal("checking.error.malformedCsv", 1);
		}
	}

	/**
	 * The separator the header row uses: the one of {@link #SEPARATORS} met most often
	 * outside quotes in the first line; a comma when none is.
	 */
	public static char detectSeparator(String text) {
		int[] counts = new int[SEPARATORS.size()];
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && SEPARATORS.contains(c)) {
				counts[SEPARATORS.indexOf(c)]++;
			}
		}
		int best = 0;
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return SEPARATORS.get(best);
	}

	/** A separator in words a person recognises, as a message code. */
	public static String separatorName(char separator) {
		return switch (separator) {
			case ';' -> "checking.separator.semicolon";
			case '\t' -> "checking.separator.tab";
			default -> "checking.separator.comma";
		};
	}

	/**
	 * A separator from its name as a person or program gives it ({@code comma},
	 * {@code semicolon}, {@code tab}, or the character itself); a refusal for any other.
	 */
	public static char separatorNamed(String name) {
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "comma", "," -> ',';
			case "semicolon", ";" -> ';';
			case "tab", "\\t" -> '\t';
			default -> throw new Refusal("checking.error.separator", name);
		};
	}

	/** The names {@link #separatorNamed} reads, with the message code of each. */
	public static final Map<String, String> SEPARATOR_NAMES = Map.of("comma", "checking.separator.comma", "semicolon",
			"checking.separator.semicolon", "tab", "checking.separator.tab");

	private static long firstLineNotUtf8(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		var out = CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		long line = 1;
		for (int i = 0; i < in.position(); i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * A parsed file: its header and its records (each knows its line number), the
	 * separator it was read with and the one its header seems to use.
	 */
	public record Parsed(List<String> header, List<CSVRecord> records, char separator, char detected) {
	}

}
