package org.satellite.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses API bodies over 64 KiB with 413 before anything reads them: no submission
 * Satellite accepts is that large, and a huge body is either a mistake or an attack.
 * Bodies without a declared length are refused too: every client Satellite knows sends
 * one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	static final long LIMIT = 64 * 1024;

	private final MessageSource messages;

	private final LocaleResolver locales;

	RequestSizeLimit(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// CSV imports of drug checking results are files, limited by the multipart
		// settings instead.
		return !request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().equals("/api/v1/checking/imports");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		if (length > LIMIT || chunked) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			String detail = this.messages.getMessage("platform.error.tooLarge", null,
					this.locales.resolveLocale(request));
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
						+ detail.replace("\"", "'") + "\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
