package org.satellite.platform.web;

import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer a missing thing with "not found" and a refused one with "no access", in the reader's language, never
 * with "something went wrong".
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(org.springframework.ui.Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(org.springframework.ui.Model model) {
		model.addAttribute("status", 403);
		return "error";
	}

}
