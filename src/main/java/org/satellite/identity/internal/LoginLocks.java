package org.satellite.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;

import org.satellite.privacy.KeyedHash;
import org.satellite.privacy.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lock-outs after failed logins, per account AND client (decision 0062): after 5 wrong
 * passwords in a row for one account from one client, that client may not try that
 * account for 1 minute, then twice as long after each further wrong password, up to an
 * hour. The same account from any other client (the real person on their own phone) is
 * not locked: nobody can keep a coordinator out during a crisis by failing on purpose.
 *
 * <p>
 * The client is a keyed hash of the request's address (the one a trusted proxy forwards),
 * never the address. The counts are in PostgreSQL ({@code login_failures}), so every node
 * sees the same lock. A success from that client forgets its row, and the retention rule
 * {@code login-failures} deletes rows a day after their last failure.
 */
@Component
class LoginLocks {

	static final int THRESHOLD = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	LoginLocks(JdbcClient jdbc, KeyedHash hash) {
		this.jdbc = jdbc;
		this.hash = hash;
	}

	/** Until when this client may not try this account, if it is locked out now. */
	Optional<Instant> lockedUntil(String username, String clientAddress) {
		return this.jdbc.sql("""
				SELECT locked_until FROM login_failures
				WHERE username = :username AND client_hash = :client AND locked_until > program_now()""")
			.param("username", username)
			.param("client", client(clientAddress))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Counts a wrong password for this account from this client.
	 * @return until when the client is now locked out of the account, if it is
	 */
	Optional<Instant> failed(String username, String clientAddress) {
		int failures = this.jdbc.sql("""
				INSERT INTO login_failures (username, client_hash, failures, last_failed_at)
				VALUES (:username, :client, 1, program_now())
				ON CONFLICT (username, client_hash)
				DO UPDATE SET failures = login_failures.failures + 1, last_failed_at = program_now()
				RETURNING failures""")
			.param("username", username)
			.param("client", client(clientAddress))
			.query(Integer.class)
			.single();
		if (failures < THRESHOLD) {
			return Optional.empty();
		}
		Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(20, failures - THRESHOLD));
		if (lock.compareTo(LONGEST_LOCK) > 0) {
			lock = LONGEST_LOCK;
		}
		return Optional.of(this.jdbc.sql("""
				UPDATE login_failures SET locked_until = program_now() + CAST(:seconds || ' seconds' AS interval)
				WHERE username = :username AND client_hash = :client
				RETURNING locked_until""")
			.param("seconds", lock.toSeconds())
			.param("username", username)
			.param("client", client(clientAddress))
			.query(OffsetDateTime.class)
			.single()
			.toInstant());
	}

	/** Forgets this client's failures on this account, after it logged in. */
	void succeeded(String username, String clientAddress) {
		this.jdbc.sql("DELETE FROM login_failures WHERE username = :username AND client_hash = :client")
			.param("username", username)
			.param("client", client(clientAddress))
			.update();
	}

	private String client(String address) {
		return this.hash.of("login", (address == null) ? "unknown" : address);
	}

	/**
	 * Failures are forgotten a day after the last one: long enough for the lock-out's
	 * longest delay.
	 */
	@Bean
	static RetentionRule loginFailuresRetention(JdbcClient jdbc) {
		return RetentionRule.statement("login-failures", Period.ofDays(1), jdbc,
				"DELETE FROM login_failures WHERE last_failed_at < :cutoff");
	}

}
