package org.satellite.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a submission land once, however often it is retried.
 *
 * <p>
 * The caller gives a scope (what kind of thing is created), the client's key and a
 * fingerprint of what was submitted. The first call claims the key and creates the entry
 * inside the caller's transaction, so the claim and the entry commit or roll back
 * together. A later call with the same key creates nothing and returns the id of the
 * first entry; with the same key but different content it is refused, because the client
 * is confused and guessing which one it meant would lose data. Two concurrent calls with
 * one key are serialised by the primary key: the second waits for the first to commit and
 * then sees its claim.
 *
 * <p>
 * A key belongs to the account that used it first (the login name of whoever is
 * authenticated, or nobody for a public form, an SMS or a background job): another
 * account that sends the same key is refused rather than given the first account's entry,
 * so a key seen in a log or a shared phone cannot be used to read someone else's record.
 */
@Component
public class Idempotency {

	private final JdbcClient jdbc;

	Idempotency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome once(String scope, String key, String fingerprint, Consumer<UUID> create) {
		if (key == null || key.isBlank() || key.length() > 200) {
			throw new Refusal("platform.error.idempotencyKey");
		}
		UUID id = UUID.randomUUID();
		String owner = caller();
		int claimed = this.jdbc.sql("""
				INSERT INTO idempotency_keys (scope, key, fingerprint, entry_id, owner)
				VALUES (:scope, :key, :fingerprint, :id, :owner)
				ON CONFLICT (scope, key) DO NOTHING""")
			.param("scope", scope)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("id", id)
			.param("owner", owner)
			.update();
		if (claimed == 1) {
			create.accept(id);
			return new Outcome(id, false);
		}
		Claim earlier = this.jdbc
			.sql("SELECT entry_id, fingerprint, owner FROM idempotency_keys WHERE scope = :scope AND key = :key")
			.param("scope", scope)
			.param("key", key)
			.query(Claim.class)
			.single();
		if (earlier.owner() != null && !earlier.owner().equals(owner)) {
			throw new Refusal("platform.error.idempotencyKeyOtherAccount");
		}
		if (!earlier.fingerprint().equals(fingerprint)) {
			throw new Refusal("platform.error.idempotencyKeyReused");
		}
		return new Outcome(earlier.entryId(), true);
	}

	/**
	 * A fingerprint of what was submitted, for telling a retry from a different
	 * submission under the same key. The parts' string forms must be stable: records,
	 * numbers, strings, instants and sorted maps are.
	 */
	public static String fingerprint(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What became of a submission.
	 *
	 * @param id the id of the entry, created now or by the first submission with the same
	 * key
	 * @param replayed whether this was a retry that created nothing
	 */
	public record Outcome(UUID id, boolean replayed) {
	}

	/** The login name of whoever is authenticated, or {@code ""} when nobody is. */
	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "";
		}
		return authentication.getName();
	}

	private record Claim(UUID entryId, String fingerprint, String owner) {
	}

}
