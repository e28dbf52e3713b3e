package org.satellite.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffDetailsService implements UserDetailsService {

	private final Accounts accounts;

	StaffDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.trim().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
