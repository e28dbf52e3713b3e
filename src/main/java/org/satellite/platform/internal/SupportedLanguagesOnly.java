package org.satellite.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Lets the language switch change the language only to one Satellite speaks; any other
 * value is ignored.
 */
class SupportedLanguagesOnly implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String lang = request.getParameter(this.delegate.getParamName());
		if (lang == null || lang.equals("en") || lang.equals("fr")) {
			return this.delegate.preHandle(request, response, handler);
		}
		return true;
	}

}
