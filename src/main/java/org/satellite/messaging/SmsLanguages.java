package org.satellite.messaging;

import java.util.Locale;
import java.util.Optional;

import org.satellite.messaging.internal.sms.SmsNumbers;
import org.satellite.platform.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each phone number asked to be answered in, kept by keyed hash. Modules
 * that reply by SMS to people who are not subscribers (peer workers) read it here.
 */
@Service
public class SmsLanguages {

	private final JdbcClient jdbc;

	private final SmsNumbers numbers;

	SmsLanguages(JdbcClient jdbc, SmsNumbers numbers) {
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	public Optional<Locale> of(String phone) {
		return this.numbers.normalise(phone)
			.flatMap((number) -> this.jdbc.sql("SELECT language FROM sms_languages WHERE phone_hash = :hash")
				.param("hash", this.numbers.hash(number))
				.query(String.class)
				.optional())
			.map(Locale::of);
	}

	@Transactional
	public void remember(String phone, Locale language) {
		this.numbers.normalise(phone)
			.ifPresent((number) -> this.jdbc.sql("""
					INSERT INTO sms_languages (phone_hash, language) VALUES (:hash, :language)
					ON CONFLICT (phone_hash) DO UPDATE SET language = EXCLUDED.language""")
				.param("hash", this.numbers.hash(number))
				.param("language", Languages.closestTo(language).getLanguage())
				.update());
	}

	@Transactional
	public void forget(String phone) {
		this.numbers.normalise(phone)
			.ifPresent((number) -> this.jdbc.sql("DELETE FROM sms_languages WHERE phone_hash = :hash")
				.param("hash", this.numbers.hash(number))
				.update());
	}

}
