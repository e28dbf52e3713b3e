package org.satellite.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * HMAC-SHA-256 of a normalised value, for finding a record by a phone number or client
 * code without storing the value. Without the key, the hash cannot be reversed by trying
 * every phone number.
 */
public class KeyedHash {

	private final SecretKey key;

	/**
	 * One initialised MAC per thread: a MAC resets itself after each value, and getting a
	 * new one costs more.
	 */
	private final ThreadLocal<Mac> macs;

	public KeyedHash(SecretKey key) {
		this.key = key;
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available with this key", ex);
		}
	}

	/**
	 * The hash of a value within a purpose, so that the same value hashed for two
	 * purposes gives two hashes.
	 */
	public String of(String purpose, String value) {
		Mac mac = this.macs.get();
		mac.update(purpose.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

}
