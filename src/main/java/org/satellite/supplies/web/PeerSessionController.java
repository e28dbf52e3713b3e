package org.satellite.supplies.web;

import org.satellite.identity.CurrentStaff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the phone needs before it sends the entries it kept while there was no connection
 * ({@code static/js/outbox.js}): whether the session is still alive, whose it is, and a
 * CSRF token of this session, since the token in a form kept from an earlier session is
 * refused. A person whose session ended is redirected to the login page instead, which is
 * how the phone knows to ask them to log in again; the entries stay on the phone.
 */
@RestController
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerSessionController {

	@GetMapping("/app/peer/session")
	PeerSession session(CsrfToken csrf) {
		return new PeerSession(CurrentStaff.require().username(), csrf.getParameterName(), csrf.getToken());
	}

	record PeerSession(String account, String csrfParameter, String csrfToken) {
	}

}
