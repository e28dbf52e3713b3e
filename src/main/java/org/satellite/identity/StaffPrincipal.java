package org.satellite.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a logged-in staff member.
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

}
