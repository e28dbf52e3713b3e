package org.satellite.supplies.web;

import java.util.Map;
import java.util.Objects;

import org.satellite.identity.CurrentStaff;
import org.satellite.platform.web.Refusals;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.internal.SmsWords;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The words peer workers text for each catalogue item, in English and French, edited by
 * coordinators and admins.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SmsWordsPageController {

	private final Catalogue catalogue;

	private final SmsWords words;

	private final Refusals refusals;

	SmsWordsPageController(Catalogue catalogue, SmsWords words, Refusals refusals) {
		this.catalogue = catalogue;
		this.words = words;
		this.refusals = refusals;
	}

	@GetMapping("/app/coordinator/sms-words")
	String list(Model model) {
		model.addAttribute("items", this.catalogue.activeItems());
		model.addAttribute("words", this.words.byItem());
		return "supplies/sms-words";
	}

	@PostMapping("/app/coordinator/sms-words/{code}")
	String change(@PathVariable String code, @RequestParam(required = false) String english,
			@RequestParam(required = false) String french, Model model, RedirectAttributes redirect) {
		return this.refusals.orFormAgain(model, () -> {
			this.words.replace(CurrentStaff.require(), code, english, french);
			redirect.addFlashAttribute("saved", code);
			return "redirect:/app/coordinator/sms-words";
		}, () -> {
			model.addAttribute("typed", Map.of("code", code, "english", Objects.toString(english, ""), "french",
					Objects.toString(french, "")));
			return list(model);
		});
	}

}
