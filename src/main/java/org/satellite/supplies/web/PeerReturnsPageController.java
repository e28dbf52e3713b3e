package org.satellite.supplies.web;

import java.util.List;
import java.util.UUID;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.web.Refusals;
import org.satellite.supplies.Stock;
import org.satellite.supplies.SupplyLedger;
import org.satellite.supplies.internal.NeedleReturn;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needles back, from the peer worker's phone: counted one by one, or weighed when there
 * are too many to count.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerReturnsPageController {

	/** How many of the week's returns the page lists: the latest, light on 3G. */
	static final int SHOWN = 15;

	private final SupplyLedger ledger;

	private final Stock stock;

	private final ProgramTime time;

	private final Refusals refusals;

	PeerReturnsPageController(SupplyLedger ledger, Stock stock, ProgramTime time, Refusals refusals) {
		this.ledger = ledger;
		this.stock = stock;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/app/peer/returns")
	String page(Model model) {
		String site = site();
		model.addAttribute("site", site);
		model.addAttribute("key", UUID.randomUUID().toString());
		List<NeedleReturn> recent = this.stock.returnsHappened(site,
				this.time.now().minus(SupplyLedger.UNDO_WINDOW.multipliedBy(7)), SHOWN + 1);
		model.addAttribute("recent", recent.subList(0, Math.min(SHOWN, recent.size())));
		model.addAttribute("more", recent.size() > SHOWN);
		model.addAttribute("undoUntil", this.time.now().minus(SupplyLedger.UNDO_WINDOW));
		model.addAttribute("zone", this.time.zone());
		return "supplies/peer-returns";
	}

	@PostMapping("/app/peer/returns")
	String record(@RequestParam String how, @RequestParam(required = false) String amount, @RequestParam String key,
			@RequestParam(required = false) String madeAt, RedirectAttributes redirect) {
		Integer number = parse(amount);
		return this.refusals.orBack(redirect, () -> {
			boolean weighed = "grams".equals(how);
			this.ledger.recordReturn(staff(), site(), PeerPageController.madeAt(madeAt), weighed ? null : number,
					weighed ? number : null, key);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/app/peer/returns";
		}, "redirect:/app/peer/returns");
	}

	@PostMapping("/app/peer/returns/{id}/undo")
	String undo(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.ledger.undoReturn(staff(), id);
			redirect.addFlashAttribute("undone", true);
			return "redirect:/app/peer/returns";
		}, "redirect:/app/peer/returns");
	}

	private static Integer parse(String amount) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(amount.strip());
		}
		catch (NumberFormatException ex) {
			// The ledger refuses it with the words the person needs.
			return -1;
		}
	}

	private static StaffMember staff() {
		return CurrentStaff.require();
	}

	private static String site() {
		return staff().siteCode().orElseThrow();
	}

}
