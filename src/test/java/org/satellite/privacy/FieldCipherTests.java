package org.satellite.privacy;

import java.security.SecureRandom;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

	static final SecretKey OLD = key();

	static final SecretKey NEW = key();

	@Test
	void opensWhatItSealedAndNeverStoresThePlaintext() {
		FieldCipher cipher = new FieldCipher(Map.of("k1", OLD), "k1");

		Sealed sealed = cipher.seal("phone", "+14165550101");

		assertThat(sealed.stored()).doesNotContain("4165550101").startsWith("k1:");
		assertThat(cipher.open("phone", Sealed.fromStored(sealed.stored()))).isEqualTo("+14165550101");
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		FieldCipher cipher = new FieldCipher(Map.of("k1", OLD), "k1");

		assertThat(cipher.seal("phone", "+14165550101").stored())
			.isNotEqualTo(cipher.seal("phone", "+14165550101").stored());
	}

	@Test
	void valuesSealedWithAnOldKeyStillOpenAfterRotation() {
		Sealed before = new FieldCipher(Map.of("k1", OLD), "k1").seal("phone", "+14165550101");
		FieldCipher rotated = new FieldCipher(Map.of("k1", OLD, "k2", NEW), "k2");

		assertThat(rotated.open("phone", before)).isEqualTo("+14165550101");
		assertThat(before.keyId()).as("sealed with a key that is no longer the active one")
			.isNotEqualTo(rotated.activeKeyId());
		assertThat(rotated.seal("phone", "+14165550101").keyId()).isEqualTo("k2");
	}

	@Test
	void refusesToOpenAValueMovedToAnotherPurpose() {
		FieldCipher cipher = new FieldCipher(Map.of("k1", OLD), "k1");
		Sealed phone = cipher.seal("phone", "+14165550101");

		assertThatThrownBy(() -> cipher.open("email", phone)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesToOpenAValueWhoseKeyIsGone() {
		Sealed before = new FieldCipher(Map.of("k1", OLD), "k1").seal("phone", "+14165550101");

		assertThatThrownBy(() -> new FieldCipher(Map.of("k2", NEW), "k2").open("phone", before))
			.hasMessageContaining("no longer configured");
	}

	@Test
	void keyedHashesAreStablePerPurposeAndUselessWithoutTheKey() {
		KeyedHash hash = new KeyedHash(new SecretKeySpec(OLD.getEncoded(), "HmacSHA256"));
		KeyedHash otherKey = new KeyedHash(new SecretKeySpec(NEW.getEncoded(), "HmacSHA256"));

		assertThat(hash.of("phone", "+14165550101")).isEqualTo(hash.of("phone", "+14165550101"))
			.isNotEqualTo(hash.of("client-code", "+14165550101"))
			.isNotEqualTo(otherKey.of("phone", "+14165550101"));
	}

	private static SecretKey key() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return new SecretKeySpec(bytes, "AES");
	}

}
