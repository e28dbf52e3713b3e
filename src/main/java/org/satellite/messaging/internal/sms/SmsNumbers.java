package org.satellite.messaging.internal.sms;

import java.util.Optional;

import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.satellite.privacy.PhoneNumbers;
import org.satellite.privacy.SealedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * How the outbox keeps numbers: sealed for sending, hashed for cancelling on STOP.
 */
@Component
public class SmsNumbers {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation.
	 */
	@Bean
	static SealedColumn smsOutboxNumbers() {
		return SealedColumn.of("sms-outbox-numbers", "sms_outbox", "id", "to_sealed", OUTBOX_PURPOSE);
	}

	static final String OUTBOX_PURPOSE = "sms-outbox.to";

	static final String HASH_PURPOSE = "sms.phone";

	private final FieldCipher cipher;

	private final KeyedHash hash;

	SmsNumbers(FieldCipher cipher, KeyedHash hash) {
		this.cipher = cipher;
		this.hash = hash;
	}

	public Optional<String> normalise(String phone) {
		return PhoneNumbers.normalise(phone);
	}

	public String seal(String e164) {
		return this.cipher.seal(OUTBOX_PURPOSE, e164).stored();
	}

	public String hash(String e164) {
		return this.hash.of(HASH_PURPOSE, e164);
	}

}
