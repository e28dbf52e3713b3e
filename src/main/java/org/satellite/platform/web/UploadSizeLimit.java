package org.satellite.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

/**
 * An upload over the multipart limit gets Satellite's own page (413, in the reader's
 * language, with the limit and what to do) and one warning line in the log, instead of
 * the servlet container's bare English page and a stack trace.
 *
 * <p>
 * It runs before Spring Security: the CSRF check reads the form's fields, which makes the
 * container parse the whole multipart body and fail at its limit before any controller
 * (or {@code @ExceptionHandler}) could answer. A request whose declared length is over
 * the limit is answered without reading it (the container discards the rest, up to
 * {@code server.tomcat.max-swallow-size}); one that fails the limit while its parts are
 * read is answered the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadSizeLimit.class);

	private final ThymeleafViewResolver views;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final DataSize limit;

	UploadSizeLimit(ThymeleafViewResolver views, MessageSource messages, LocaleResolver locales,
			@Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize limit) {
		this.views = views;
		this.messages = messages;
		this.locales = locales;
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Headers and field names add a little to the file: a request is over when it is
		// over the file limit and 1 MB.
		if (request.getContentLengthLong() > this.limit.toBytes() + DataSize.ofMegabytes(1).toBytes()) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!tooLarge(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long megabytes = this.limit.toMegabytes();
		log.warn("Refused an upload of {} bytes to {}: too large, the limit is {} MB", request.getContentLengthLong(),
				request.getRequestURI(), megabytes);
		Locale locale = this.locales.resolveLocale(request);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		String detail = this.messages.getMessage("error.tooLarge", new Object[] { megabytes }, locale);
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
						+ detail.replace("\"", "'") + "\"}");
			return;
		}
		try {
			View page = this.views.resolveViewName("error", locale);
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			page.render(Map.of("status", 413, "tooLarge", detail), request, response);
		}
		catch (Exception ex) {
			throw new IOException("The page for a too large upload could not be shown", ex);
		}
	}

	/** Whether the container or Spring refused the multipart body for its size. */
	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.equals("MaxUploadSizeExceededException") || name.endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

}
