package org.satellite.privacy;

import java.util.Base64;

/**
 * A value encrypted at rest: the id of the key that sealed it and the ciphertext (nonce
 * followed by the AES-GCM output), stored together so that keys can rotate while old
 * values stay readable.
 */
public record Sealed(String keyId, byte[] ciphertext) {

	/**
	 * The form stored in a text column: {@code keyId:base64}.
	 */
	public String stored() {
		return this.keyId + ":" + Base64.getEncoder().encodeToString(this.ciphertext);
	}

	public static Sealed fromStored(String stored) {
		int colon = stored.indexOf(':');
		if (colon < 1) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		return new Sealed(stored.substring(0, colon), Base64.getDecoder().decode(stored.substring(colon + 1)));
	}

}
