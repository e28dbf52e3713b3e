package org.satellite.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a person sees when a form comes back without a valid CSRF token: nearly always
 * because their session expired (30 minutes without activity, or the node it was on was
 * restarted before sessions were shared). Instead of "You do not have access to this
 * page", which is wrong and loses what they typed, the form's text fields are kept in the
 * new session ({@link PendingForm}) and they go to {@code /resubmit}, which says the
 * session expired and sends the entry again, after a login when the form was a staff one.
 * Other refusals stay 403.
 */
class SessionExpired implements AccessDeniedHandler {

	private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (!(refused instanceof CsrfException) || !"POST".equals(request.getMethod())) {
			this.others.handle(request, response, refused);
			return;
		}
		request.getSession().setAttribute(PendingForm.ATTRIBUTE, PendingForm.of(request));
		response.sendRedirect(request.getContextPath() + "/resubmit");
	}

	/** After a login, a form kept from an expired session comes first. */
	static final class ThenResubmit extends SavedRequestAwareAuthenticationSuccessHandler {

		ThenResubmit() {
			setDefaultTargetUrl("/app");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (PendingForm.in(request.getSession(false)) != null) {
				getRedirectStrategy().sendRedirect(request, response, "/resubmit");
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

		/** An analyst starts on the program's figures (reporting's dashboard). */
		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			boolean analyst = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_ANALYST".equals(authority.getAuthority()));
			return analyst ? "/app/reporting" : super.determineTargetUrl(request, response, authentication);
		}

	}

}
