package org.satellite.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.satellite.platform.Refusal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (NIST SP 800-63B): at least 12 characters, not the
 * username, not on the list of common passwords. No rules about symbols or digits: length
 * is what makes a password strong.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	public void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			throw new Refusal("identity.error.passwordShort", MINIMUM_LENGTH);
		}
		if (password.length() > 200) {
			throw new Refusal("identity.error.passwordLong");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new Refusal("identity.error.passwordIsUsername");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			throw new Refusal("identity.error.passwordCommon");
		}
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(String::strip)
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
