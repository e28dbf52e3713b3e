package org.satellite.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;

/**
 * Text with a NUL character (U+0000) is refused with 400 before any controller sees it,
 * once for every route: no person types one, and PostgreSQL cannot store one in text (it
 * answered a search for {@code %00} with a 500).
 *
 * <p>
 * Query parameters and form fields are checked here; for a multipart form only the query
 * string is (reading the parts here would bypass the upload size limit's own answer).
 * JSON bodies are checked as they are read: every string goes through
 * {@link #nulFreeStrings()}, and a NUL makes the body unreadable, which the API answers
 * with 400. Pages get the "could not read what was sent" page in the reader's language;
 * the API a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulFreeInput extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	NulFreeInput(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasNul(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!request.getRequestURI().startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String detail = this.messages.getMessage("platform.error.nul", null, this.locales.resolveLocale(request));
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
					+ detail.replace("\"", "'") + "\"}");
	}

	private static boolean hasNul(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			String query = request.getQueryString();
			return query != null && UriUtils.decode(query, "UTF-8").indexOf('\0') >= 0;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Every JSON string read by the API, refused when it holds a NUL (Spring Boot adds
	 * this module to its mapper).
	 */
	@Bean
	static SimpleModule nulFreeStrings() {
		return new SimpleModule("nul-free-strings").addDeserializer(String.class, new NulFreeStrings());
	}

	private static final class NulFreeStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				return context.reportInputMismatch(this, "Text may not contain a NUL character");
			}
			return value;
		}

	}

}
