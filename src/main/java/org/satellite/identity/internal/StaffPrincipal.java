package org.satellite.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a logged-in staff member.
 *
 * <p>
 * Staff sessions are kept in PostgreSQL (decision 0063), so a principal is serialized. It
 * is written as its username, role and site only ({@link #writeReplace()}): never the
 * password hash, and nothing of the lock-out, which are read from the account at the next
 * login.
 */
public final class StaffPrincipal implements UserDetails {

	private final StaffMember member;

	private final String passwordHash;

	private final boolean enabled;

	private final Instant lockedUntil;

	public StaffPrincipal(StaffMember member, String passwordHash, boolean enabled, Instant lockedUntil) {
		this.member = member;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
	}

	public StaffMember member() {
		return this.member;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.member.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.member.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** What a session keeps of a logged-in staff member. */
	@Serial
	private Object writeReplace() {
		return new Kept(this.member.username(), this.member.role(), this.member.siteCode().orElse(null), this.enabled);
	}

	private record Kept(String username, Role role, String siteCode, boolean enabled) implements Serializable {

		@Serial
		private Object readResolve() {
			return new StaffPrincipal(new StaffMember(this.username, this.role, Optional.ofNullable(this.siteCode)),
					null, this.enabled, null);
		}

	}

}
