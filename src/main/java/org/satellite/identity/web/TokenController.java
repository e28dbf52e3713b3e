package org.satellite.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.internal.ApiTokens;
import org.satellite.platform.web.ApiContract;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "Exchange a username and password for a bearer token (expires after 12 hours)")
	@ApiContract(open = true, refuses = HttpStatus.UNAUTHORIZED)
	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue(@RequestBody Credentials credentials, HttpServletRequest request) {
		ApiTokens.Issued issued = this.tokens.issue(credentials.username(), credentials.password(),
				request.getRemoteAddr());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@Operation(summary = "Revoke the token this request carries")
	@DeleteMapping("/api/v1/tokens/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@Parameter(hidden = true) @RequestHeader("Authorization") String authorization) {
		this.tokens.revoke(authorization.substring(7).strip(), CurrentStaff.require().username());
	}

	record Credentials(String username, String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
