package org.satellite.supplies.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.identity.CurrentStaff;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.platform.Audited;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.web.Refusals;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.SiteFigures;
import org.satellite.supplies.SiteMonth;
import org.satellite.supplies.Stock;
import org.satellite.supplies.internal.TransferLine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One site, for its coordinator: stock with thresholds, the restock form, the ledger, and
 * the site's months with a chart and a CSV export.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CoordinatorSitePageController {

	static final int MONTHS = 12;

	private final Sites sites;

	private final Stock stock;

	private final Restocks restocks;

	private final SiteFigures figures;

	private final Catalogue catalogue;

	private final ProgramTime time;

	private final Refusals refusals;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	CoordinatorSitePageController(Sites sites, Stock stock, Restocks restocks, SiteFigures figures, Catalogue catalogue,
			ProgramTime time, Refusals refusals, ApplicationEventPublisher events, MessageSource messages) {
		this.messages = messages;
		this.sites = sites;
		this.stock = stock;
		this.restocks = restocks;
		this.figures = figures;
		this.catalogue = catalogue;
		this.time = time;
		this.refusals = refusals;
		this.events = events;
	}

	@GetMapping("/app/coordinator/sites/{code}")
	String site(@PathVariable String code, Model model, Locale locale) {
		Site site = this.sites.find(code).orElseThrow(() -> new NotFound("network.error.unknownSite", code));
		List<SiteMonth> months = this.figures.lastMonths(code, MONTHS);
		model.addAttribute("site", site);
		model.addAttribute("levels", this.stock.at(code));
		model.addAttribute("items",
				this.catalogue.items().stream().collect(Collectors.toMap(Item::code, (item) -> item)));
		model.addAttribute("activeItems", this.catalogue.activeItems());
		model.addAttribute("restock", this.restocks.openFor(code).orElse(null));
		model.addAttribute("movements", this.stock.movementsAt(code, 100));
		model.addAttribute("months", months);
		model.addAttribute("chart", MonthChart.of(months, this.messages, locale));
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("zone", this.time.zone());
		return "supplies/coordinator-site";
	}

	@PostMapping("/app/coordinator/sites/{code}/restock")
	String restock(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
			@RequestParam String key, RedirectAttributes redirect) {
		List<TransferLine> lines = new ArrayList<>();
		List<String> itemCodes = form.getOrDefault("item", List.of());
		List<String> quantities = form.getOrDefault("quantity", List.of());
		for (int i = 0; i < Math.min(itemCodes.size(), quantities.size()); i++) {
			if (!itemCodes.get(i).isBlank() && !quantities.get(i).isBlank()) {
				lines.add(TransferLine.of(itemCodes.get(i), parse(quantities.get(i))));
			}
		}
		return this.refusals.orBack(redirect, () -> {
			this.restocks.restock(CurrentStaff.require(), code, lines, null, key);
			redirect.addFlashAttribute("restocked", true);
			return "redirect:/app/coordinator/sites/" + code;
		}, "redirect:/app/coordinator/sites/" + code);
	}

	@PostMapping("/app/coordinator/sites/{code}/thresholds")
	String threshold(@PathVariable String code, @RequestParam String item, @RequestParam String minimum,
			RedirectAttributes redirect) {
		return this.refusals.orBack(redirect, () -> {
			this.stock.setThreshold(CurrentStaff.require(), code, item, parse(minimum));
			redirect.addFlashAttribute("thresholdSaved", true);
			return "redirect:/app/coordinator/sites/" + code + "#stock";
		}, "redirect:/app/coordinator/sites/" + code + "#stock");
	}

	@GetMapping("/app/coordinator/sites/{code}/months.csv")
	@Transactional
	ResponseEntity<byte[]> monthsCsv(@PathVariable String code) {
		this.sites.find(code).orElseThrow(() -> new NotFound("network.error.unknownSite", code));
		StringWriter csv = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("site", "month", "needles_out", "needles_back", "return_percent", "kits", "naloxone",
					"secondary_reach", "encounters")
			.get();
		try (CSVPrinter printer = new CSVPrinter(csv, format)) {
			for (SiteMonth month : this.figures.lastMonths(code, MONTHS)) {
				printer.printRecord(code, month.month(), month.needlesOut(), month.needlesBack(),
						month.returnPercent().isPresent() ? month.returnPercent().getAsLong() : "", month.kits(),
						month.naloxone(), month.secondaryReach(), month.encounters());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new Audited("export.site-months", code, MONTHS + " months"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code + "-months.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt(number.strip());
		}
		catch (NumberFormatException ex) {
			// Refused downstream with a message that says what a valid number is.
			return -1;
		}
	}

}
