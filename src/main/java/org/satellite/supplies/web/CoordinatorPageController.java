package org.satellite.supplies.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.internal.ItemCategory;
import org.satellite.supplies.internal.RestockRequest;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.SiteFigures;
import org.satellite.supplies.Stock;
import org.satellite.supplies.StockLevel;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's first screen: every site at a glance and the restock queue.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CoordinatorPageController {

	private final Sites sites;

	private final Stock stock;

	private final Restocks restocks;

	private final SiteFigures figures;

	private final Catalogue catalogue;

	private final ProgramTime time;

	CoordinatorPageController(Sites sites, Stock stock, Restocks restocks, SiteFigures figures, Catalogue catalogue,
			ProgramTime time) {
		this.sites = sites;
		this.stock = stock;
		this.restocks = restocks;
		this.figures = figures;
		this.catalogue = catalogue;
		this.time = time;
	}

	@GetMapping("/app/coordinator")
	String overview(Model model) {
		Map<String, List<StockLevel>> everywhere = this.stock.everywhere();
		Map<String, Instant> lastActivity = this.stock.lastActivity();
		List<RestockRequest> queue = this.restocks.queue();
		Set<String> asked = queue.stream().map(RestockRequest::siteCode).collect(Collectors.toSet());
		Map<String, Item> items = this.catalogue.items().stream().collect(Collectors.toMap(Item::code, (item) -> item));
		List<SitesOverview> rows = this.sites.all().stream().map((site) -> {
			List<StockLevel> levels = everywhere.getOrDefault(site.code(), List.of());
			return new SitesOverview(site, sum(levels, items, (item) -> item.needles() == 1 && !item.kit()),
					sum(levels, items, Item::kit),
					sum(levels, items, (item) -> item.category() == ItemCategory.NALOXONE),
					count(levels, StockLevel.Status.LOW), count(levels, StockLevel.Status.NEGATIVE),
					asked.contains(site.code()), lastActivity.get(site.code()),
					this.figures.month(site.code(), this.time.thisMonth()).needlesOut());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("queue", queue);
		model.addAttribute("zones",
				this.sites.zones().stream().collect(Collectors.toMap((zone) -> zone.code(), (zone) -> zone)));
		model.addAttribute("zone", this.time.zone());
		model.addAttribute("program", this.figures.month(null, this.time.thisMonth()));
		return "supplies/coordinator";
	}

	private static long sum(List<StockLevel> levels, Map<String, Item> items, Predicate<Item> which) {
		return levels.stream()
			.filter((level) -> which.test(items.get(level.itemCode())))
			.mapToLong(StockLevel::quantity)
			.sum();
	}

	private static long count(List<StockLevel> levels, StockLevel.Status status) {
		return levels.stream().filter((level) -> level.status() == status).count();
	}

}
