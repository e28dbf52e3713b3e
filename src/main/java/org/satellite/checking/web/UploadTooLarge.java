package org.satellite.checking.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.satellite.checking.internal.CsvFile;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file too large for an import is refused before any of it is read: the servlet
 * container stops at the multipart limit, so no controller sees it. The API answers 413
 * with a problem; the import page says how large a file may be.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final MessageSource messages;

	UploadTooLarge(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String detail = this.messages.getMessage("checking.error.fileTooLarge",
				new Object[] { CsvFile.MAX_BYTES / (1024 * 1024) }, locale);
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		ModelAndView page = new ModelAndView("checking/imports");
		page.addObject("problem", detail);
		page.addObject("imports", List.of());
		page.addObject("key", UUID.randomUUID().toString());
		return page;
	}

}
