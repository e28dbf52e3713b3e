package org.satellite.overdose.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.identity.CurrentStaff;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseResponse;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.Refusal;
import org.satellite.platform.web.ApiContract;

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
 * Overdose responses over the API, for programs that report from their own app. The POST
 * needs an {@code Idempotency-Key}: the same key again returns the first result with
 * {@code Idempotent-Replayed: true}.
 */
@RestController
class OverdoseApiController {

	static final String KEY = "Idempotency-Key";

	private final OverdoseResponses responses;

	OverdoseApiController(OverdoseResponses responses) {
		this.responses = responses;
	}

	@Operation(summary = "Report an overdose response at a site; the naloxone given leaves the site's stock")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/overdose-responses")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OverdoseResponse> record(@RequestHeader(KEY) String key, @RequestBody ResponseRequest request) {
		Idempotency.Outcome outcome = this.responses.record(CurrentStaff.require(),
				new NewOverdoseResponse(Refusal.required(request.site(), "platform.error.siteMissing"),
						request.occurredAt(), request.zone(), request.substances(),
						(request.naloxoneDoses() != null) ? request.naloxoneDoses() : 0, request.naloxoneForm(),
						request.called911(), request.noCallReason(), request.stayedWithPerson(), request.outcome(),
						request.responder()),
				key);
		return ResponseEntity.created(URI.create("/api/v1/overdose-responses/" + outcome.id()))
			.header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
			.body(this.responses.find(outcome.id()).orElseThrow());
	}

	@Operation(summary = "A reported overdose response")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/overdose-responses/{id}")
	OverdoseResponse response(@PathVariable UUID id) {
		return this.responses.find(id)
			.filter((found) -> CurrentStaff.require().mayActFor(found.siteCode()))
			.orElseThrow(() -> new NotFound("overdose.error.unknownResponse"));
	}

	@Operation(summary = "Ask the coordinator to check in with the responder after a response")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/api/v1/overdose-responses/{id}/check-in")
	ResponseEntity<Void> checkIn(@PathVariable UUID id) {
		this.responses.requestCheckIn(CurrentStaff.require(), id);
		return ResponseEntity.accepted().build();
	}

	@Operation(
			summary = "Undo a response reported by mistake (peer workers: within 24 hours); its naloxone goes back to stock")
	@ApiContract(roles = { "PEER_WORKER", "COORDINATOR", "ADMIN" }, refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/overdose-responses/{id}/undo")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> undo(@PathVariable UUID id) {
		this.responses.undo(CurrentStaff.require(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * An overdose response as a client sends it. Nothing about the person.
	 *
	 * @param zone the zone code; the site's zone when left out
	 * @param substances canonical names: fentanyl, heroin, other opioid, cocaine, crack
	 * cocaine, methamphetamine, benzodiazepine, xylazine, alcohol, other, unknown
	 */
	record ResponseRequest(String site, Instant occurredAt, String zone, List<String> substances, Integer naloxoneDoses,
			NaloxoneForm naloxoneForm, Boolean called911, NoCallReason noCallReason, Boolean stayedWithPerson,
			ResponseOutcome outcome, Responder responder) {
	}

}
