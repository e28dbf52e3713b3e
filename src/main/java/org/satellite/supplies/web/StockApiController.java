package org.satellite.supplies.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.ApiContract;
import org.satellite.supplies.SiteFigures;
import org.satellite.supplies.SiteMonth;
import org.satellite.supplies.Stock;
import org.satellite.supplies.StockLevel;
import org.satellite.supplies.Stockroom;
import org.satellite.supplies.internal.AdjustmentReason;
import org.satellite.supplies.internal.Movement;
import org.satellite.supplies.internal.RestockRequest;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.internal.TransferLine;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock, its movements between places, restock requests and the month's figures over the
 * API.
 */
@RestController
class StockApiController {

	private final Stock stock;

	private final Stockroom stockroom;

	private final Restocks restocks;

	private final SiteFigures figures;

	StockApiController(Stock stock, Stockroom stockroom, Restocks restocks, SiteFigures figures) {
		this.stock = stock;
		this.stockroom = stockroom;
		this.restocks = restocks;
		this.figures = figures;
	}

	@Operation(summary = "Stock at every location (coordinators)")
	@ApiContract(roles = { "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/stock")
	Map<String, List<Level>> everywhere() {
		requireOverview(CurrentStaff.require());
		Map<String, List<Level>> levels = new LinkedHashMap<>();
		this.stock.everywhere()
			.forEach((location, list) -> levels.put(location, list.stream().map(Level::of).toList()));
		return levels;
	}

	@Operation(summary = "Stock at one location, with OK / LOW / NEGATIVE")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/stock/{location}")
	List<Level> at(@PathVariable String location) {
		requireSight(CurrentStaff.require(), location);
		return this.stock.at(location).stream().map(Level::of).toList();
	}

	@Operation(summary = "The latest lines of a location's ledger")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/stock/{location}/movements")
	List<Movement> movements(@PathVariable String location, @RequestParam(defaultValue = "100") int limit) {
		requireSight(CurrentStaff.require(), location);
		return this.stock.movementsAt(location, Math.clamp(limit, 1, 1000));
	}

	@Operation(summary = "Set the low-stock threshold of an item at a location (0 removes it)")
	@ApiContract(roles = { "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PutMapping("/api/v1/stock/{location}/thresholds/{item}")
	Level threshold(@PathVariable String location, @PathVariable String item, @RequestBody Threshold threshold) {
		this.stock.setThreshold(CurrentStaff.require(), location, item, threshold.minimum());
		return this.stock.at(location)
			.stream()
			.filter((level) -> level.itemCode().equals(item))
			.findFirst()
			.map(Level::of)
			.orElseThrow();
	}

	@Operation(summary = "Record supplies received at the hub (naloxone with lot and expiry)")
	@ApiContract(roles = { "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/receipts")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Entry> receive(@RequestHeader(DistributionsApiController.KEY) String key,
			@RequestBody Receipt receipt) {
		Idempotency.Outcome outcome = this.stockroom.receive(CurrentStaff.require(), receipt.occurredAt(),
				receipt.lines(), key);
		return DistributionsApiController.created("/api/v1/stock/HUB/movements", outcome, new Entry(outcome.id()));
	}

	@Operation(summary = "Move supplies between the hub and sites")
	@ApiContract(roles = { "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/transfers")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Entry> transfer(@RequestHeader(DistributionsApiController.KEY) String key,
			@RequestBody Transfer transfer) {
		Idempotency.Outcome outcome = this.stockroom.transfer(CurrentStaff.require(), transfer.from(), transfer.to(),
				transfer.occurredAt(), transfer.lines(), key);
		return DistributionsApiController.created("/api/v1/stock/" + transfer.to() + "/movements", outcome,
				new Entry(outcome.id()));
	}

	@Operation(summary = "Correct stock with a reason (lost, expired, confiscated, ...)")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Entry> adjust(@RequestHeader(DistributionsApiController.KEY) String key,
			@RequestBody Adjustment adjustment) {
		Idempotency.Outcome outcome = this.stockroom.adjust(CurrentStaff.require(), adjustment.location(),
				adjustment.item(), adjustment.change(), adjustment.reason(), adjustment.occurredAt(), key);
		return DistributionsApiController.created("/api/v1/stock/" + adjustment.location() + "/movements", outcome,
				new Entry(outcome.id()));
	}

	@Operation(summary = "Ask for a restock of a site (at most one open request per site)")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/restock-requests")
	RestockRequest requestRestock(@RequestBody SiteRef site) {
		return this.restocks.request(CurrentStaff.require(),
				Refusal.required(site.site(), "platform.error.siteMissing"));
	}

	@Operation(summary = "Open restock requests (coordinators)")
	@ApiContract(roles = { "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/restock-requests")
	List<RestockRequest> queue() {
		requireOverview(CurrentStaff.require());
		return this.restocks.queue();
	}

	@Operation(summary = "A site's months: needles out and back, kits, naloxone, secondary reach")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/sites/{code}/months")
	List<SiteMonth> siteMonths(@PathVariable String code, @RequestParam(defaultValue = "12") int count) {
		requireSight(CurrentStaff.require(), code);
		return this.figures.lastMonths(code, Math.clamp(count, 1, 60));
	}

	@Operation(summary = "The whole program's months")
	@ApiContract(roles = { "COORDINATOR", "ADMIN", "ANALYST" })
	@GetMapping("/api/v1/program/months")
	List<SiteMonth> programMonths(@RequestParam(defaultValue = "12") int count) {
		requireOverview(CurrentStaff.require());
		return this.figures.lastMonths(null, Math.clamp(count, 1, 60));
	}

	private static void requireOverview(StaffMember staff) {
		if (!(staff.is(Role.ADMIN) || staff.is(Role.COORDINATOR) || staff.is(Role.ANALYST))) {
			throw new NotAllowed("supplies.error.coordinatorsOnly");
		}
	}

	private static void requireSight(StaffMember staff, String location) {
		if (!(staff.is(Role.ANALYST) || staff.mayActFor(location))) {
			throw new NotAllowed("supplies.error.otherSite");
		}
	}

	record Level(String location, String item, int quantity, int minimum, StockLevel.Status status) {

		static Level of(StockLevel level) {
			return new Level(level.location(), level.itemCode(), level.quantity(), level.minimum(), level.status());
		}

	}

	record Threshold(int minimum) {
	}

	record Entry(UUID id) {
	}

	record Receipt(Instant occurredAt, List<TransferLine> lines) {
	}

	record Transfer(String from, String to, Instant occurredAt, List<TransferLine> lines) {
	}

	record Adjustment(String location, String item, int change, AdjustmentReason reason, Instant occurredAt) {
	}

	record SiteRef(String site) {
	}

}
