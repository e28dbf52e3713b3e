package org.satellite.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.platform.Refusal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a page answers when the domain refuses: the form again with 422 and the reason in
 * the reader's language, or back where the button was with the reason flashed; what the
 * person typed is the form object the page is drawn from.
 */
class RefusalsTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final Refusals refusals = new Refusals(this.messages);

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@BeforeEach
	void aRequest() {
		this.messages.addMessage("test.tooMany", Locale.ENGLISH, "No more than {0} at once.");
		this.messages.addMessage("test.tooMany", Locale.FRENCH, "Pas plus de {0} à la fois.");
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(), this.response));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aRefusedFormComesBackWith422WhatWasTypedAndTheReasonInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		ExtendedModelMap model = new ExtendedModelMap();
		String typed = "Fentanyl in blue pills";

		String page = this.refusals.orFormAgain(model, () -> {
			throw new Refusal("test.tooMany", 10);
		}, () -> {
			model.addAttribute("form", typed);
			return "supplies/peer";
		});

		assertThat(page).isEqualTo("supplies/peer");
		assertThat(this.response.getStatus()).isEqualTo(422);
		assertThat(model.getAttribute("problem")).isEqualTo("Pas plus de 10 à la fois.");
		assertThat(model.getAttribute("form")).isEqualTo(typed);
	}

	@Test
	void aFormTheDomainAcceptsGoesWhereTheActionSaysAndIsNotRedrawn() {
		ExtendedModelMap model = new ExtendedModelMap();

		String page = this.refusals.orFormAgain(model, () -> "redirect:/app/peer", () -> {
			throw new AssertionError("the form is not drawn again when nothing was refused");
		});

		assertThat(page).isEqualTo("redirect:/app/peer");
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(model.containsAttribute("problem")).isFalse();
	}

	@Test
	void aRefusedButtonGoesBackToItsPageWithTheReasonFlashed() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		String page = this.refusals.orBack(redirect, () -> {
			throw new Refusal("test.tooMany", 3);
		}, "redirect:/app/alerts/1");

		assertThat(page).isEqualTo("redirect:/app/alerts/1");
		assertThat(redirect.getFlashAttributes().get("problem")).isEqualTo("No more than 3 at once.");
	}

	@Test
	void somethingOtherThanARefusalIsNotTakenForOne() {
		ExtendedModelMap model = new ExtendedModelMap();

		assertThatThrownBy(() -> this.refusals.orFormAgain(model, () -> {
			throw new IllegalStateException("a bug");
		}, () -> "again")).isInstanceOf(IllegalStateException.class);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

}
