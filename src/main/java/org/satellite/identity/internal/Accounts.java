package org.satellite.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff accounts table.
 */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffPrincipal> findByUsername(String username) {
		return this.jdbc.sql("""
				SELECT username, password_hash, role, site_code, enabled, locked_until
				FROM accounts WHERE username = :username""")
			.param("username", username)
			.query(Accounts::principal)
			.optional();
	}

	/**
	 * The account holding an unexpired, unrevoked API token with this hash: one query,
	 * because every API request asks it.
	 */
	public Optional<StaffPrincipal> findByTokenHash(String tokenHash) {
		return this.jdbc.sql("""
				SELECT a.username, a.password_hash, a.role, a.site_code, a.enabled, a.locked_until
				FROM api_tokens t JOIN accounts a ON a.id = t.account_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()""")
			.param("hash", tokenHash)
			.query(Accounts::principal)
			.optional();
	}

	public boolean exists(String username) {
		return this.jdbc.sql("SELECT count(*) FROM accounts WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	public void create(String username, String passwordHash, Role role, String siteCode) {
		this.jdbc.sql("""
				INSERT INTO accounts (username, password_hash, role, site_code)
				VALUES (:username, :hash, :role, :site)""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("site", siteCode)
			.update();
	}

	public List<Account> all() {
		return this.jdbc.sql("""
				SELECT a.id, a.username, a.role, a.site_code, a.enabled,
				       COALESCE((SELECT sum(f.failures) FROM login_failures f WHERE f.username = a.username), 0)
				           AS failed_logins,
				       (SELECT max(f.locked_until) FROM login_failures f WHERE f.username = a.username) AS locked_until
				FROM accounts a ORDER BY a.username""")
			.query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"),
					Role.valueOf(rs.getString("role")), rs.getString("site_code"), rs.getBoolean("enabled"),
					rs.getInt("failed_logins"), timestamp(rs, "locked_until")))
			.list();
	}

	public Optional<Long> idOf(String username) {
		return this.jdbc.sql("SELECT id FROM accounts WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	public boolean hasAdmin() {
		return this.jdbc.sql("SELECT count(*) FROM accounts WHERE role = 'ADMIN' AND enabled")
			.query(Long.class)
			.single() > 0;
	}

	public void change(String username, Role role, String siteCode) {
		this.jdbc.sql("UPDATE accounts SET role = :role, site_code = :site WHERE username = :username")
			.param("role", role.name())
			.param("site", siteCode)
			.param("username", username)
			.update();
	}

	public void setEnabled(String username, boolean enabled) {
		this.jdbc.sql("UPDATE accounts SET enabled = :enabled WHERE username = :username")
			.param("enabled", enabled)
			.param("username", username)
			.update();
	}

	public void setPasswordHash(String username, String hash) {
		this.jdbc.sql(
				"UPDATE accounts SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE username = :username")
			.param("hash", hash)
			.param("username", username)
			.update();
	}

	public void recordSuccess(String username) {
		this.jdbc.sql("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE username = :username")
			.param("username", username)
			.update();
	}

	private static Instant timestamp(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * An account as the admin page shows it: its failed logins and lock-out are summed
	 * over the clients that tried it ({@link LoginLocks}); "locked" means locked for at
	 * least one client, not for everybody.
	 */
	public record Account(long id, String username, Role role, String siteCode, boolean enabled, int failedLogins,
			Instant lockedUntil) {

		public boolean locked() {
			return this.lockedUntil != null && this.lockedUntil.isAfter(Instant.now());
		}

	}

	private static StaffPrincipal principal(ResultSet rs, int row) throws SQLException {
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		StaffMember member = new StaffMember(rs.getString("username"), Role.valueOf(rs.getString("role")),
				Optional.ofNullable(rs.getString("site_code")));
		return new StaffPrincipal(member, rs.getString("password_hash"), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant());
	}

	Instant now() {
		return Instant.now();
	}

}
