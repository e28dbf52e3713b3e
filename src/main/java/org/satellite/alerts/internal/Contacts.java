package org.satellite.alerts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.satellite.privacy.PhoneNumbers;
import org.satellite.privacy.Sealed;
import org.satellite.privacy.SealedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * How subscribers' phone numbers and email addresses are kept: normalised, sealed with a
 * purpose per channel, and hashed for look-up. Nothing here logs a contact.
 */
@Component
public class Contacts {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation;
	 * the purpose is {@link #purpose(Channel)} written in SQL.
	 */
	@Bean
	static SealedColumn subscriberContacts() {
		return new SealedColumn("subscriber-contacts", "subscribers", "id", "contact_sealed",
				"'subscriber.' || lower(channel)");
	}

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}");

	private final FieldCipher cipher;

	private final KeyedHash hash;

	Contacts(FieldCipher cipher, KeyedHash hash) {
		this.cipher = cipher;
		this.hash = hash;
	}

	public static Optional<String> normalise(Channel channel, String contact) {
		if (contact == null) {
			return Optional.empty();
		}
		if (channel == Channel.SMS) {
			return PhoneNumbers.normalise(contact);
		}
		String email = contact.strip().toLowerCase(Locale.ROOT);
		return (email.length() <= 254 && EMAIL.matcher(email).matches()) ? Optional.of(email) : Optional.empty();
	}

	public String seal(Channel channel, String normalised) {
		return this.cipher.seal(purpose(channel), normalised).stored();
	}

	public String open(Channel channel, String sealed) {
		return this.cipher.open(purpose(channel), Sealed.fromStored(sealed));
	}

	public String hash(Channel channel, String normalised) {
		return this.hash.of(purpose(channel), normalised);
	}

	/**
	 * The hash of a confirmation token, so that a copy of the table holds no usable link.
	 */
	public String tokenHash(String token) {
		return this.hash.of("subscriber.token", token);
	}

	/** The signature in a subscriber's unsubscribe link. */
	public String unsubscribeSignature(long subscriberId) {
		return this.hash.of("subscriber.unsubscribe", Long.toString(subscriberId)).substring(0, 32);
	}

	private static String purpose(Channel channel) {
		return "subscriber." + channel.name().toLowerCase(Locale.ROOT);
	}

}
