package org.satellite.identity.web;

import jakarta.servlet.http.HttpSession;

import org.satellite.identity.internal.PendingForm;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The "session expired" page: says so plainly and offers what the person typed, to send
 * again with a fresh token. A staff form asks for a login first (the login comes back
 * here); a public form is offered at once. Once the page shows the entry, the session
 * forgets it: the page's form posts it to where it was going.
 */
@Controller
class ResubmitController {

	@GetMapping("/resubmit")
	String resubmit(HttpSession session, Model model) {
		PendingForm pending = PendingForm.in(session);
		if (pending == null) {
			return "redirect:/app";
		}
		if (pending.forStaff() && !loggedIn()) {
			return "redirect:/login?expired";
		}
		// The page now holds the entry; keeping it too would offer it again after some
		// later login.
		session.removeAttribute(PendingForm.class.getName());
		model.addAttribute("pending", pending);
		return "identity/resubmit";
	}

	private static boolean loggedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
