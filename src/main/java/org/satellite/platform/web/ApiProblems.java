package org.satellite.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotAuthenticated;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json} (RFC 9457) with a {@code detail} a
 * person can act on, in the client's language. Refusals by the domain are 422 (or 401,
 * 403, 404 by their kind); requests that cannot be read are 400. Nothing was changed when
 * any of these is answered.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal) {
		HttpStatus status = switch (refusal) {
			case NotAuthenticated unknown -> HttpStatus.UNAUTHORIZED;
			case NotAllowed forbidden -> HttpStatus.FORBIDDEN;
			case NotFound missing -> HttpStatus.NOT_FOUND;
			default -> refusal.messageCode().equals("platform.error.idempotencyKey") ? HttpStatus.BAD_REQUEST
					: HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				say(refusal.messageCode(), refusal.arguments()));
		problem.setProperty("code", refusal.messageCode());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongType(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				say("platform.error.invalid", new Object[] { ex.getName() }));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, say("platform.error.malformed", null)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		String fields = String.join(", ", errors.stream().map((error) -> error.get("field")).toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				say("platform.error.invalid", new Object[] { fields }));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing
				&& missing.getHeaderName().equalsIgnoreCase("Idempotency-Key")) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						say("platform.error.idempotencyKey", null)));
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	private String say(String code, Object[] arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, arguments, locale);
	}

}
