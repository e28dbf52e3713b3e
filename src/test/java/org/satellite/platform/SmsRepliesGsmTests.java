package org.satellite.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import com.cloudhopper.commons.charset.GSMCharset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixed SMS reply, in every bundle, in English and in French, is in the GSM 7-bit
 * alphabet (GSM 03.38, as ch-commons-charset knows it): a curly quote or apostrophe, or a
 * French letter GSM lacks (â ê î ô û ç ë ï), would send the reply as UCS-2, in
 * 70-character segments, so that a one-part confirmation takes two. French replies are
 * worded with the accents GSM has (é è à ù É Ç) and without apostrophes: an ASCII one is
 * an escape character for MessageFormat (decision 0007), a typographic one is not GSM.
 */
class SmsRepliesGsmTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** The message keys whose text goes out as an SMS reply. */
	static final List<String> SMS_PREFIXES = List.of("alerts.sms.", "messaging.sms.", "supplies.sms.");

	@Test
	void everySmsReplyInEveryBundleIsInTheGsmAlphabet() throws IOException {
		List<String> checked = new ArrayList<>();
		List<String> notGsm = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).sorted().toList()) {
				Properties messages = load(file);
				for (String key : messages.stringPropertyNames()) {
					if (SMS_PREFIXES.stream().noneMatch(key::startsWith)) {
						continue;
					}
					String pattern = messages.getProperty(key);
					// Arguments are zone codes and counts, which are GSM themselves.
					String text = new MessageFormat(pattern, Locale.ROOT)
						.format(new Object[] { "DT", "DT, EAST", "3" });
					checked.add(file.getFileName() + " " + key);
					if (!GSMCharset.canRepresent(text) || pattern.indexOf('\'') >= 0) {
						notGsm.add(file.getFileName() + " " + key + "=" + pattern);
					}
				}
			}
		}

		assertThat(checked).as("SMS replies found")
			.hasSizeGreaterThan(40)
			.anyMatch((name) -> name.startsWith("alerts_fr.properties alerts.sms.stopped"))
			.anyMatch((name) -> name.startsWith("messaging.properties messaging.sms.unknown"));
		assertThat(notGsm).isEmpty();
	}

	@Test
	void theGsmTableIsTheRealOne() {
		assertThat(GSMCharset.canRepresent("é è à ù É Ç \" ' @ £")).isTrue();
		assertThat(GSMCharset.canRepresent("’")).isFalse();
		assertThat(GSMCharset.canRepresent("ê")).isFalse();
		assertThat(GSMCharset.canRepresent("ç")).isFalse();
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
