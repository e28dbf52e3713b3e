package org.satellite.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail says every action in words, in English and in French: every action code
 * the code base writes (an {@code Audited} event or a line the trail records itself) has
 * {@code audit.action.<code>} in both of identity's bundles. The codes are read from the
 * sources, so a new one without words fails here, and so does one the sources build at
 * run time, which this test could not read.
 */
class AuditActionWordsTests {

	private static final Path SOURCES = Path.of("src", "main", "java");

	/** Where an action code is written: its argument is the first or the second. */
	private static final Pattern CALL = Pattern
		.compile("new\\s+Audited\\s*\\(|\\baudit\\s*\\.\\s*record\\s*\\(|\\baudit\\s*\\.\\s*recordAs\\s*\\(");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void everyAuditedActionHasWordsInEnglishAndFrench() throws IOException {
		List<String> problems = new ArrayList<>();
		TreeSet<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				codes.addAll(codesIn(file, problems));
			}
		}
		assertThat(problems).as("action codes this test cannot read").isEmpty();
		assertThat(codes).as("action codes found in the sources")
			.contains("alert.issued", "login", "account.created", "account.disabled", "account.role-changed",
					"alert.suggestion-dismissed", "retention.purged");

		Properties english = bundle("i18n/identity.properties");
		Properties french = bundle("i18n/identity_fr.properties");
		assertThat(codes.stream().filter((code) -> !english.containsKey("audit.action." + code)))
			.as("actions without English words")
			.isEmpty();
		assertThat(codes.stream().filter((code) -> !french.containsKey("audit.action." + code)))
			.as("actions without French words")
			.isEmpty();
		assertThat(codes.stream()
			.filter((code) -> english.getProperty("audit.action." + code, "")
				.equals(french.getProperty("audit.action." + code))))
			.as("actions whose French words are the English ones")
			.isEmpty();
	}

	/** The action codes written in one source file. */
	private static List<String> codesIn(Path file, List<String> problems) throws IOException {
		String source = Files.readString(file);
		List<String> codes = new ArrayList<>();
		Matcher call = CALL.matcher(source);
		while (call.find()) {
			if (file.endsWith(Path.of("platform", "Audited.java"))) {
				continue;
			}
			List<String> arguments = arguments(source, call.end());
			int which = call.group().contains("recordAs") ? 1 : 0;
			String argument = (arguments.size() > which) ? arguments.get(which) : "";
			Matcher literal = LITERAL.matcher(argument);
			boolean any = false;
			while (literal.find()) {
				codes.add(literal.group(1));
				any = true;
			}
			if (!any) {
				problems.add(file + ": the action \"" + argument.strip() + "\" is not written as a literal");
			}
		}
		return codes;
	}

	/** The arguments of a call whose opening parenthesis ends at {@code from}. */
	private static List<String> arguments(String source, int from) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean inString = false;
		StringBuilder current = new StringBuilder();
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				if (depth == 0) {
					arguments.add(current.toString());
					return arguments;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(current.toString());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		return arguments;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditActionWordsTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
