package org.satellite.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch in every page's header
 * ({@code ${@languageSwitch.to('fr')}}): the page being read, with what it was asked with
 * (a search and its filters), in the other language. A plain {@code ?lang=fr} would drop
 * the search a reader had typed.
 */
@Component("languageSwitch")
class LanguageSwitch {

	/** The current page's path and query, with {@code lang} set to the language given. */
	public String to(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + ((query != null) ? "?" + query : ""))
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
