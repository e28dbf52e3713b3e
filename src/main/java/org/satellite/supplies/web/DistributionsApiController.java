package org.satellite.supplies.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.ApiContract;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.Stock;
import org.satellite.supplies.SupplyLedger;
import org.satellite.supplies.internal.Distribution;
import org.satellite.supplies.internal.NeedleReturn;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Distributions and needles back over the API. Creating POSTs need an
 * {@code Idempotency-Key}: the same key again returns the first result with
 * {@code Idempotent-Replayed: true} and records nothing new.
 */
@RestController
class DistributionsApiController {

	static final String KEY = "Idempotency-Key";

	private final SupplyLedger ledger;

	private final Stock stock;

	DistributionsApiController(SupplyLedger ledger, Stock stock) {
		this.ledger = ledger;
		this.stock = stock;
	}

	@Operation(summary = "Record a distribution encounter at a site")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/distributions")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Distribution> distribute(@RequestHeader(KEY) String key, @RequestBody DistributionRequest request) {
		Idempotency.Outcome outcome = this.ledger.distribute(CurrentStaff.require(),
				new NewDistribution(Refusal.required(request.site(), "platform.error.siteMissing"),
						request.occurredAt(), request.items(), (request.alsoFor() != null) ? request.alsoFor() : 0,
						request.clientCode()),
				key);
		Distribution distribution = this.stock.distribution(outcome.id()).orElseThrow();
		return created("/api/v1/distributions/" + outcome.id(), outcome, distribution);
	}

	@Operation(summary = "A recorded distribution")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN", "ANALYST" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/distributions/{id}")
	Distribution distribution(@PathVariable UUID id) {
		Distribution distribution = this.stock.distribution(id)
			.orElseThrow(() -> new NotFound("supplies.error.unknownDistribution"));
		if (!CurrentStaff.require().mayActFor(distribution.siteCode()) && !CurrentStaff.require().is(Role.ANALYST)) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		return distribution;
	}

	@Operation(summary = "Undo a distribution with a reversing entry (peer workers: within 24 hours)")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/distributions/{id}/undo")
	Distribution undo(@PathVariable UUID id) {
		this.ledger.undoDistribution(CurrentStaff.require(), id);
		return this.stock.distribution(id).orElseThrow();
	}

	@Operation(summary = "Record needles brought back, counted or weighed")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/returns")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<NeedleReturn> recordReturn(@RequestHeader(KEY) String key, @RequestBody ReturnRequest request) {
		Idempotency.Outcome outcome = this.ledger.recordReturn(CurrentStaff.require(),
				Refusal.required(request.site(), "platform.error.siteMissing"), request.occurredAt(), request.needles(),
				request.grams(), key);
		return created("/api/v1/returns/" + outcome.id(), outcome, this.stock.needleReturn(outcome.id()).orElseThrow());
	}

	@Operation(summary = "Undo a record of needles back")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/returns/{id}/undo")
	NeedleReturn undoReturn(@PathVariable UUID id) {
		this.ledger.undoReturn(CurrentStaff.require(), id);
		return this.stock.needleReturn(id).orElseThrow();
	}

	static <T> ResponseEntity<T> created(String location, Idempotency.Outcome outcome, T body) {
		return ResponseEntity.created(URI.create(location))
			.header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
			.body(body);
	}

	/**
	 * A distribution as a client sends it.
	 *
	 * @param items item codes and quantities, for example {@code {"NDL-1": 10, "KIT-INH":
	 * 2}}
	 * @param occurredAt when it happened; now when left out
	 */
	record DistributionRequest(String site, Instant occurredAt, Map<String, Integer> items, Integer alsoFor,
			String clientCode) {
	}

	/**
	 * Needles back: either {@code needles} counted or {@code grams} weighed.
	 */
	record ReturnRequest(String site, Instant occurredAt, Integer needles, Integer grams) {
	}

}
