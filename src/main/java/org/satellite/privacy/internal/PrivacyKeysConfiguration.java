package org.satellite.privacy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.satellite.platform.Deployment;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the keys come from. In production they come from the environment
 * ({@code SATELLITE_PRIVACY_ENCRYPTION_KEYS} as {@code id:base64,id:base64},
 * {@code SATELLITE_PRIVACY_ACTIVE_KEY}, {@code SATELLITE_PRIVACY_HASH_KEY}) and Satellite
 * refuses to start without them. In demo mode, keys are generated once and kept beside
 * the embedded database, never in the repository.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyKeysConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PrivacyKeysConfiguration.class);

	@Bean
	PrivacyKeys privacyKeys(Environment environment, Deployment deployment) {
		String encryptionKeys = environment.getProperty("satellite.privacy.encryption-keys");
		String activeKey = environment.getProperty("satellite.privacy.active-key");
		String hashKey = environment.getProperty("satellite.privacy.hash-key");
		if (StringUtils.hasText(encryptionKeys) && StringUtils.hasText(activeKey) && StringUtils.hasText(hashKey)) {
			return PrivacyKeys.parse(encryptionKeys, activeKey, hashKey);
		}
		if (!deployment.demo()) {
			throw new IllegalStateException("Satellite needs its privacy keys: set SATELLITE_PRIVACY_ENCRYPTION_KEYS, "
					+ "SATELLITE_PRIVACY_ACTIVE_KEY and SATELLITE_PRIVACY_HASH_KEY (see README, Configuration)");
		}
		return demoKeys(deployment.dataDirectory().resolve("demo-keys.properties"));
	}

	@Bean
	FieldCipher fieldCipher(PrivacyKeys keys) {
		return new FieldCipher(keys.encryption(), keys.activeKeyId());
	}

	@Bean
	KeyedHash keyedHash(PrivacyKeys keys) {
		return new KeyedHash(keys.hashing());
	}

	private static PrivacyKeys demoKeys(Path file) {
		try {
			Properties properties = new Properties();
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
			}
			else {
				SecureRandom random = new SecureRandom();
				properties.setProperty("encryption-keys", "demo1:" + randomKey(random));
				properties.setProperty("active-key", "demo1");
				properties.setProperty("hash-key", randomKey(random));
				Files.createDirectories(file.getParent());
				try (Writer writer = Files.newBufferedWriter(file)) {
					properties.store(writer, "Satellite demo mode keys. Never use these for real data.");
				}
				restrictToOwner(file);
				log.warn("Demo mode: generated encryption and hashing keys in {}", file);
			}
			return PrivacyKeys.parse(properties.getProperty("encryption-keys"), properties.getProperty("active-key"),
					properties.getProperty("hash-key"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the demo keys in " + file, ex);
		}
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("Could not restrict permissions of {}", file);
		}
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	record PrivacyKeys(Map<String, SecretKey> encryption, String activeKeyId, SecretKey hashing) {

		static PrivacyKeys parse(String encryptionKeys, String activeKeyId, String hashKey) {
			Map<String, SecretKey> keys = new LinkedHashMap<>();
			for (String entry : encryptionKeys.split(",")) {
				String[] parts = entry.trim().split(":", 2);
				if (parts.length != 2) {
					throw new IllegalStateException("Encryption keys must be written id:base64, separated by commas");
				}
				keys.put(parts[0], aesKey(parts[1]));
			}
			byte[] hash = Base64.getDecoder().decode(hashKey.trim());
			if (hash.length < 32) {
				throw new IllegalStateException("The hashing key must be at least 32 bytes, base64-encoded");
			}
			return new PrivacyKeys(keys, activeKeyId.trim(), new SecretKeySpec(hash, "HmacSHA256"));
		}

		private static SecretKey aesKey(String base64) {
			byte[] key = Base64.getDecoder().decode(base64.trim());
			if (key.length != 32) {
				throw new IllegalStateException("Each encryption key must be 32 bytes (AES-256), base64-encoded");
			}
			return new SecretKeySpec(key, "AES");
		}

	}

}
