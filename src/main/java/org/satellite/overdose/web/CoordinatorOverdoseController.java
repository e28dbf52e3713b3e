package org.satellite.overdose.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.CurrentStaff;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.Stock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's overdose page: responders waiting for a check-in, naloxone about to
 * expire anywhere, responses that gave more naloxone than the stock showed.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CoordinatorOverdoseController {

	/** Kits expiring within this many days are flagged. */
	static final int EXPIRY_WARNING_DAYS = 60;

	private final OverdoseResponses responses;

	private final Stock stock;

	private final Catalogue catalogue;

	private final ProgramTime time;

	CoordinatorOverdoseController(OverdoseResponses responses, Stock stock, Catalogue catalogue, ProgramTime time) {
		this.responses = responses;
		this.stock = stock;
		this.catalogue = catalogue;
		this.time = time;
	}

	@GetMapping("/app/coordinator/overdose")
	String overview(Model model, Locale locale) {
		LocalDate until = this.time.today().plusDays(EXPIRY_WARNING_DAYS);
		model.addAttribute("checkIns", this.responses.openCheckIns());
		model.addAttribute("expiring", this.stock.expiringBy(until));
		model.addAttribute("expiryDays", EXPIRY_WARNING_DAYS);
		model.addAttribute("beyondStock", this.responses.beyondStock(20));
		model.addAttribute("items",
				this.catalogue.items().stream().collect(Collectors.toMap(Item::code, (item) -> item)));
		model.addAttribute("zone", this.time.zone());
		return "overdose/coordinator";
	}

	@PostMapping("/app/coordinator/overdose/check-ins/{id}/done")
	String checkInDone(@PathVariable UUID id, RedirectAttributes redirect) {
		this.responses.checkInDone(CurrentStaff.require(), id);
		redirect.addFlashAttribute("checkInDone", true);
		return "redirect:/app/coordinator/overdose";
	}

}
