package org.satellite.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;

import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal fields (phone numbers, email addresses) with AES-256-GCM. New values
 * are always sealed with the active key; values sealed with an older key still open as
 * long as that key is configured.
 *
 * <p>
 * The field's purpose (for example {@code "peer-worker.phone"}) is bound in as associated
 * data, so a ciphertext copied into another column does not open.
 */
public class FieldCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private final SecureRandom random = new SecureRandom();

	/**
	 * One cipher object per thread, initialised anew for every value: looking the
	 * algorithm up for each of them was a tenth of the CPU of a 100,000-message fan-out
	 * (AlertFanOutBenchmark).
	 */
	private static final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this Java runtime", ex);
		}
	});

	public FieldCipher(Map<String, SecretKey> keys, String activeKeyId) {
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("The active encryption key '" + activeKeyId + "' is not configured");
		}
		this.keys = Map.copyOf(keys);
		this.activeKeyId = activeKeyId;
	}

	public Sealed seal(String purpose, String plaintext) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return new Sealed(this.activeKeyId, out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String open(String purpose, Sealed sealed) {
		SecretKey key = this.keys.get(sealed.keyId());
		if (key == null) {
			throw new IllegalStateException("Encryption key '" + sealed.keyId() + "' is no longer configured");
		}
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.ciphertext(), 0, NONCE_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(sealed.ciphertext(), NONCE_BYTES, sealed.ciphertext().length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed value could not be opened", ex);
		}
	}

	/** The id of the key new values are sealed with. */
	public String activeKeyId() {
		return this.activeKeyId;
	}

	/** The ids of every configured key, the active one included. */
	public Set<String> keyIds() {
		return this.keys.keySet();
	}

}
