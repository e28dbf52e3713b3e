package org.satellite.supplies.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.Refusals;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.internal.Distribution;
import org.satellite.supplies.internal.ItemCategory;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.Stock;
import org.satellite.supplies.SupplyLedger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The peer worker's phone view: log what went out in three taps, see today's entries and
 * undo one, see the site's stock and ask for more.
 *
 * <p>
 * The counters work without JavaScript: their − and + buttons post the form back here and
 * the page comes back with the new numbers, recording nothing; only "Save" records. With
 * JavaScript the numbers change in place.
 */
@Controller
@PreAuthorize("hasRole('PEER_WORKER')")
class PeerPageController {

	private static final List<String> DEFAULT_ITEMS = List.of("NDL-1", "KIT-INJ", "KIT-INH", "STEM", "STRIP-FENT",
			"STRIP-BENZO");

	/** How many of today's entries one page lists: enough for a shift, light on 3G. */
	static final int PAGE_SIZE = 15;

	private final SupplyLedger ledger;

	private final Stock stock;

	private final Restocks restocks;

	private final Catalogue catalogue;

	private final ProgramTime time;

	private final Refusals refusals;

	PeerPageController(SupplyLedger ledger, Stock stock, Restocks restocks, Catalogue catalogue, ProgramTime time,
			Refusals refusals) {
		this.ledger = ledger;
		this.stock = stock;
		this.restocks = restocks;
		this.catalogue = catalogue;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping("/app/peer")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", Math.max(1, page));
		return form(model, site(), Map.of(), 0, null, null);
	}

	/**
	 * One handler for the form's buttons: {@code step} (a − or + without JavaScript)
	 * redraws the form with the new numbers, {@code save} records the distribution.
	 */
	@PostMapping("/app/peer/distributions")
	String submit(@RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) String step,
			@RequestParam(defaultValue = "0") String alsoFor, @RequestParam(required = false) String clientCode,
			@RequestParam String key, @RequestParam(required = false) String madeAt, Model model,
			RedirectAttributes redirect, Locale locale) {
		String site = site();
		Map<String, Integer> counts = counts(form);
		int others = parse(alsoFor);
		if (step != null) {
			applyStep(counts, step);
			int shown = step.startsWith("alsoFor:") ? Math.max(0, others + parse(step.substring("alsoFor:".length())))
					: others;
			return form(model, site, counts, shown, clientCode, key);
		}
		return this.refusals.orFormAgain(model, () -> {
			this.ledger.distribute(staff(), new NewDistribution(site, madeAt(madeAt), counts, others, clientCode), key);
			redirect.addFlashAttribute("saved", describe(counts, locale));
			return "redirect:/app/peer";
		}, () -> form(model, site, counts, others, clientCode, key));
	}

	@PostMapping("/app/peer/distributions/{id}/undo")
	String undo(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.ledger.undoDistribution(staff(), id);
			redirect.addFlashAttribute("undone", true);
			return "redirect:/app/peer";
		}, "redirect:/app/peer");
	}

	@GetMapping("/app/peer/stock")
	String stock(Model model) {
		String site = site();
		model.addAttribute("site", site);
		model.addAttribute("levels", this.stock.at(site));
		model.addAttribute("items", items());
		model.addAttribute("restock", this.restocks.openFor(site).orElse(null));
		return "supplies/peer-stock";
	}

	@PostMapping("/app/peer/restock")
	String askForRestock(RedirectAttributes redirect) {
		this.restocks.request(staff(), site());
		redirect.addFlashAttribute("asked", true);
		return "redirect:/app/peer/stock";
	}

	private String form(Model model, String site, Map<String, Integer> counts, int alsoFor, String clientCode,
			String key) {
		// Naloxone is handed out on its own page, with the reason for a replacement kit:
		// one place to record it.
		List<Item> active = this.catalogue.activeItems()
			.stream()
			.filter((item) -> item.category() != ItemCategory.NALOXONE)
			.toList();
		List<String> top = mostUsed(site);
		model.addAttribute("site", site);
		model.addAttribute("top",
				active.stream()
					.filter((item) -> top.contains(item.code()))
					.sorted(Comparator.comparingInt((Item item) -> top.indexOf(item.code())))
					.toList());
		model.addAttribute("more", active.stream().filter((item) -> !top.contains(item.code())).toList());
		model.addAttribute("counts", counts);
		model.addAttribute("moreOpen", counts.keySet().stream().anyMatch((code) -> !top.contains(code)));
		model.addAttribute("zone", this.time.zone());
		model.addAttribute("alsoFor", alsoFor);
		model.addAttribute("clientCode", clientCode);
		model.addAttribute("key", (key != null) ? key : UUID.randomUUID().toString());
		model.addAttribute("items", items());
		int page = (model.getAttribute("page") instanceof Integer shown) ? shown : 1;
		List<Distribution> today = this.stock.distributionsHappened(site, this.time.startOf(this.time.today()),
				this.time.startOf(this.time.today().plusDays(1)), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", page);
		model.addAttribute("today", today.subList(0, Math.min(PAGE_SIZE, today.size())));
		model.addAttribute("olderPage", (today.size() > PAGE_SIZE) ? page + 1 : null);
		model.addAttribute("undoUntil", this.time.now().minus(SupplyLedger.UNDO_WINDOW));
		return "supplies/peer";
	}

	private List<String> mostUsed(String site) {
		Instant since = this.time.now().minus(Duration.ofDays(90));
		List<String> used = this.stock.mostDistributed(site, since, 6);
		return used.isEmpty() ? DEFAULT_ITEMS : used;
	}

	private Map<String, Item> items() {
		return this.catalogue.items().stream().collect(Collectors.toMap(Item::code, (item) -> item));
	}

	/** Quantities from fields named {@code q.ITEM}; blanks and zeros are left out. */
	static Map<String, Integer> counts(MultiValueMap<String, String> form) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q.") && !values.isEmpty() && !values.get(0).isBlank()) {
				counts.put(name.substring(2), parse(values.get(0)));
			}
		});
		counts.values().removeIf((quantity) -> quantity == 0);
		return counts;
	}

	/** A step is {@code ITEM:delta}; the count never goes below zero. */
	static void applyStep(Map<String, Integer> counts, String step) {
		int colon = step.lastIndexOf(':');
		if (colon < 1 || step.startsWith("alsoFor:")) {
			return;
		}
		String item = step.substring(0, colon);
		int next = Math.max(0, counts.getOrDefault(item, 0) + parse(step.substring(colon + 1)));
		if (next == 0) {
			counts.remove(item);
		}
		else {
			counts.put(item, next);
		}
	}

	/**
	 * When an entry was made: with JavaScript the phone ({@code static/js/outbox.js})
	 * adds {@code madeAt} to the form when it is sent, on the program's clock as the last
	 * page showed it, and an entry kept without a connection carries it to every later
	 * attempt, so that it is dated when it was made and every retry is the same
	 * submission. Without it the entry happened now. The ledger refuses a time in the
	 * future.
	 */
	static Instant madeAt(String madeAt) {
		if (madeAt == null || madeAt.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(madeAt.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("supplies.error.badTime");
		}
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt(number.strip());
		}
		catch (NumberFormatException ex) {
			// Not a number: the ledger refuses it with a message the person can act on.
			return -1;
		}
	}

	private String describe(Map<String, Integer> counts, Locale locale) {
		Map<String, Item> items = items();
		return counts.entrySet()
			.stream()
			.map((line) -> line.getValue() + " × " + items.get(line.getKey()).name(locale))
			.collect(Collectors.joining(", "));
	}

	private static StaffMember staff() {
		return CurrentStaff.require();
	}

	private static String site() {
		return staff().siteCode().orElseThrow();
	}

}
