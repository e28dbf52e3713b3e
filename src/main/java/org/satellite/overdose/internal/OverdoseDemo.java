package org.satellite.overdose.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo overdose responses, after the demo supplies (their naloxone leaves stock): a
 * handful at the demo sites, one with a check-in asked for, and naloxone hand-outs with
 * their reasons. Site SAT-03 is left alone: the supplies demo keeps it low on naloxone on
 * purpose.
 */
@Component
class OverdoseDemo implements DemoSeed {

	private static final StaffMember SEEDER = new StaffMember("demo-seed", Role.ADMIN, Optional.empty());

	private final OverdoseResponses responses;

	private final NaloxoneHandouts handouts;

	private final ProgramTime time;

	OverdoseDemo(OverdoseResponses responses, NaloxoneHandouts handouts, ProgramTime time) {
		this.responses = responses;
		this.handouts = handouts;
		this.time = time;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		seedResponses();
		seedNaloxone();
	}

	private void seedResponses() {
		Instant now = this.time.now();
		record("SAT-01", now.minus(Duration.ofDays(9)), List.of("fentanyl"), 2, false, NoCallReason.FEAR_OF_POLICE,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER, "a");
		record("SAT-02", now.minus(Duration.ofDays(6)), List.of("fentanyl", "xylazine"), 3, true, null,
				ResponseOutcome.TAKEN_TO_HOSPITAL, Responder.PEER_WORKER, "b");
		record("SAT-05", now.minus(Duration.ofDays(4)), List.of("unknown"), 1, false, NoCallReason.PERSON_RECOVERED,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.CLIENT, "c");
		record("SAT-07", now.minus(Duration.ofDays(2)), List.of("other opioid", "benzodiazepine"), 2, true, null,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.BYSTANDER, "d");
		// The peer worker of SAT-04 asks for a check-in, so that the coordinator's queue
		// has someone in it.
		StaffMember responder = new StaffMember("pw-06", Role.PEER_WORKER, Optional.of("SAT-04"));
		var asked = this.responses
			.record(responder,
					new NewOverdoseResponse("SAT-04", now.minus(Duration.ofHours(20)), null,
							List.of("fentanyl", "crack cocaine"), 2, NaloxoneForm.NASAL, false, NoCallReason.NO_PHONE,
							true, ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER),
					"demo-overdose-e")
			.id();
		this.responses.requestCheckIn(responder, asked);
	}

	private UUID record(String site, Instant when, List<String> substances, int doses, boolean called,
			NoCallReason reason, ResponseOutcome outcome, Responder responder, String key) {
		return this.responses
			.record(SEEDER,
					new NewOverdoseResponse(site, when, null, substances, doses, NaloxoneForm.NASAL, called, reason,
							true, outcome, responder),
					"demo-overdose-" + key)
			.id();
	}

	private void seedNaloxone() {
		this.handouts.handOut(SEEDER, "SAT-01", NaloxoneForm.NASAL, 2, null, "demo-naloxone-1");
		this.handouts.handOut(SEEDER, "SAT-01", NaloxoneForm.NASAL, 1, ReplacementReason.USED, "demo-naloxone-2");
		this.handouts.handOut(SEEDER, "SAT-02", NaloxoneForm.NASAL, 1, ReplacementReason.CONFISCATED,
				"demo-naloxone-3");
		this.handouts.handOut(SEEDER, "SAT-05", NaloxoneForm.NASAL, 1, ReplacementReason.EXPIRED, "demo-naloxone-4");
		this.handouts.handOut(SEEDER, "SAT-07", NaloxoneForm.INJECTABLE, 1, ReplacementReason.LOST, "demo-naloxone-5");
	}

}
