package org.satellite.network.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.satellite.identity.CurrentStaff;
import org.satellite.network.internal.PaymentMethod;
import org.satellite.network.internal.StipendLine;
import org.satellite.network.internal.Stipends;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stipends at a glance: who has not been paid this month, each worker's stipend,
 * honoraria, and program phones.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class StipendPageController {

	private final Stipends stipends;

	private final ProgramTime time;

	private final Refusals refusals;

	StipendPageController(Stipends stipends, ProgramTime time, Refusals refusals) {
		this.stipends = stipends;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/app/coordinator/stipends")
	String page(Model model, Locale locale) {
		YearMonth month = this.time.thisMonth();
		List<StipendLine> lines = this.stipends.month(CurrentStaff.require(), month);
		model.addAttribute("month", month);
		model.addAttribute("lines", lines);
		model.addAttribute("notPaid", lines.stream().filter(StipendLine::notPaid).count());
		model.addAttribute("honoraria", this.stipends.honoraria(CurrentStaff.require(), month));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("today", this.time.today());
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("money", new Money(locale));
		return "network/stipends";
	}

	@PostMapping("/app/coordinator/stipends/{worker}/monthly")
	String setMonthly(@PathVariable long worker, @RequestParam String amount, RedirectAttributes redirect) {
		return act(redirect, () -> this.stipends.setMonthly(CurrentStaff.require(), worker, cents(amount)));
	}

	@PostMapping("/app/coordinator/stipends/{worker}/payments")
	String pay(@PathVariable long worker, @RequestParam String paidOn, @RequestParam String method,
			@RequestParam String key, RedirectAttributes redirect) {
		return act(redirect, () -> this.stipends.recordPayment(CurrentStaff.require(), worker, this.time.thisMonth(),
				null, date(paidOn), method(method), key));
	}

	@PostMapping("/app/coordinator/stipends/honoraria")
	String honorarium(@RequestParam long worker, @RequestParam String amount, @RequestParam String reason,
			@RequestParam String paidOn, @RequestParam String method, @RequestParam String key,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.stipends.payHonorarium(CurrentStaff.require(), worker, cents(amount), reason,
				date(paidOn), method(method), key));
	}

	private String act(RedirectAttributes redirect, Runnable action) {
		String back = "redirect:/app/coordinator/stipends";
		return this.refusals.orBack(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("saved", true);
			return back;
		}, back);
	}

	/** Dollars as typed ("250", "250.00", "250,00") in cents. */
	static int cents(String amount) {
		try {
			return new BigDecimal(amount.strip().replace(',', '.').replace("$", "").strip()).movePointRight(2)
				.intValueExact();
		}
		catch (ArithmeticException | NumberFormatException | NullPointerException ex) {
			throw new Refusal("network.error.badAmount");
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new Refusal("network.error.paidOnRequired");
		}
	}

	private static PaymentMethod method(String text) {
		try {
			return PaymentMethod.valueOf(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new Refusal("network.error.methodRequired");
		}
	}

	/**
	 * Cents shown as Canadian dollars in the reader's language.
	 */
	record Money(Locale locale) {

		public String of(Integer cents) {
			if (cents == null) {
				return "";
			}
			Locale format = "fr".equals(this.locale.getLanguage()) ? Locale.CANADA_FRENCH : Locale.CANADA;
			return NumberFormat.getCurrencyInstance(format).format(cents / 100.0);
		}

	}

}
