package org.satellite.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.identity.StaffPrincipal;

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
