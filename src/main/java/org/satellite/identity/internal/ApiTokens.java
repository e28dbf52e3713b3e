package org.satellite.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.satellite.platform.NotAuthenticated;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients. A token is 32 random bytes; only its SHA-256 hash is
 * stored. Tokens expire, can be revoked, and stop working the moment their account is
 * disabled.
 */
@Service
public class ApiTokens {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final LoginAttempts attempts;

	private final AuditTrail audit;

	private final Duration lifetime;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, LoginAttempts attempts, AuditTrail audit,
			@Value("${satellite.identity.token-lifetime:PT12H}") Duration lifetime) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.attempts = attempts;
		this.audit = audit;
		this.lifetime = lifetime;
	}

	/**
	 * Issues a token for a username and password. Wrong passwords count toward the same
	 * lock-out as the login form, per account and client ({@link LoginLocks}).
	 */
	@Transactional(noRollbackFor = Refusal.class)
	public Issued issue(String username, String password, String clientAddress) {
		String name = (username == null) ? "" : username.strip().toLowerCase();
		Optional<StaffPrincipal> principal = this.accounts.findByUsername(name);
		boolean usable = principal.map((found) -> found.isEnabled() && found.isAccountNonLocked()).orElse(false)
				&& !this.attempts.lockedOut(name, clientAddress);
		boolean matches = principal.isPresent() && password != null
				&& this.passwords.matches(password, principal.get().getPassword());
		if (!usable || !matches) {
			this.attempts.failed(name, clientAddress, usable && !matches);
			throw new NotAuthenticated("identity.error.badCredentials");
		}
		this.attempts.succeeded(name, clientAddress);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expires = Instant.now().plus(this.lifetime);
		this.jdbc.sql("INSERT INTO api_tokens (account_id, token_hash, expires_at) VALUES (:account, :hash, :expires)")
			.param("account", this.accounts.idOf(name).orElseThrow())
			.param("hash", hash(token))
			.param("expires", Timestamp.from(expires))
			.update();
		this.audit.recordAs(name, "token.issued", name, "expires " + expires);
		return new Issued(token, expires);
	}

	/**
	 * The staff member a token belongs to, if the token is known, unexpired, unrevoked
	 * and its account usable.
	 */
	public Optional<StaffPrincipal> authenticate(String token) {
		return this.accounts.findByTokenHash(hash(token))
			.filter((principal) -> principal.isEnabled() && principal.isAccountNonLocked());
	}

	@Transactional
	public void revoke(String token, String username) {
		this.jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(token))
			.update();
		this.audit.recordAs(username, "token.revoked", username, null);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A newly issued token, shown once.
	 */
	public record Issued(String token, Instant expiresAt) {
	}

}
