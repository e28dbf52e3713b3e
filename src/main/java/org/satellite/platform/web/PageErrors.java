package org.satellite.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a missing thing with "not found", a refused one with "no access" and input
 * they cannot read with "could not read what was sent", in the reader's language, never
 * with "something went wrong on our side".
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	/**
	 * An address whose id cannot be one ({@code /app/alerts/nope}) names nothing, like an
	 * id that does not exist; a malformed form field or query parameter is the reader's
	 * input, and gets the "could not read" page (400).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		int status = ex.getParameter().hasParameterAnnotation(PathVariable.class) ? 404 : 400;
		response.setStatus(status);
		model.addAttribute("status", status);
		return "error";
	}

	@ExceptionHandler(NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(Model model) {
		model.addAttribute("status", 403);
		return "error";
	}

}
