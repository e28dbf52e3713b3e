package org.satellite.platform.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page answers a {@link Refusal}: the reason under {@code problem}, in the
 * reader's language, on the page the person is looking at. A controller says what to try
 * and which page to show if it is refused; it never spells out the message itself.
 *
 * <p>
 * Nothing was changed when a refusal arrives here: the service that refused threw inside
 * its own transaction, which rolled back. The page shown again is drawn after that, from
 * the same form object the handler was given, so every field keeps what was typed.
 *
 * <p>
 * Every refusal is said on the page, a {@link NotFound} too: the missing thing may be one
 * chosen on the form (a tag to merge into). When it is the thing the address names,
 * drawing its page again fails with its own {@code NotFound}, and the reader gets the 404
 * page; a redirect back to it does the same. Who may use a page at all is checked before
 * the handler runs ({@code @PreAuthorize}). The API answers refusals its own way
 * ({@code ApiProblems}, problem+json).
 */
@Component
public class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The page {@code action} leads to (usually a redirect after saving); if the domain
	 * refuses, the page {@code formAgain} draws instead, answered 422 Unprocessable
	 * Content, with the reason in the model as {@code problem}.
	 */
	public String orFormAgain(Model model, Supplier<String> action, Supplier<String> formAgain) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			model.addAttribute("problem", say(refusal));
			unprocessable();
			return formAgain.get();
		}
	}

	/**
	 * The page {@code action} leads to; if the domain refuses, a redirect to {@code back}
	 * with the reason flashed as {@code problem}. For buttons that carry nothing typed
	 * (approve, undo, a status change): there is no form to fill again, and the page they
	 * were pressed on says what was wrong.
	 */
	public String orBack(RedirectAttributes redirect, Supplier<String> action, String back) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", say(refusal));
			return back;
		}
	}

	private String say(Refusal refusal) {
		return this.messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

	private static void unprocessable() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			HttpServletResponse response = request.getResponse();
			if (response != null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
		}
	}

}
