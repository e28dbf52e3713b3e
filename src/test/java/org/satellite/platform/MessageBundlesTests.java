package org.satellite.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads exists in English and in French, and no message can be mangled
 * by MessageFormat.
 */
class MessageBundlesTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.contains("_"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyEnglishMessageHasAFrenchOneAndTheOtherWayRound(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties french = load(bundle + "_fr.properties");

		assertThat(new TreeSet<>(french.stringPropertyNames())).as("keys of %s_fr", bundle)
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void noMessageUsesAnAsciiApostrophe(String bundle) throws IOException {
		for (String file : List.of(bundle + ".properties", bundle + "_fr.properties")) {
			Properties messages = load(file);
			messages.stringPropertyNames()
				.forEach((key) -> assertThat(messages.getProperty(key)).as("%s in %s (use ’)", key, file)
					.doesNotContain("'"));
		}
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
