package org.satellite.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A bad
 * token is answered at once with 401 and a plain reason, rather than being treated as no
 * token.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final ApiSecurityResponses responses;

	BearerTokenFilter(ApiTokens tokens, ApiSecurityResponses responses) {
		this.tokens = tokens;
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var principal = this.tokens.authenticate(header.substring(7).strip());
		if (principal.isEmpty()) {
			this.responses.write(request, response, 401, "identity.error.tokenInvalid");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

}
