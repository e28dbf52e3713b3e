package org.satellite.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.internal.NewVisit;
import org.satellite.network.internal.Visit;
import org.satellite.network.internal.Visits;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VisitsIntegrationTests {

	static final StaffMember COORDINATOR = new StaffMember("coord-visits", Role.COORDINATOR, Optional.empty());

	@Autowired
	Visits visits;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	String site;

	@BeforeEach
	void openSite() {
		if (this.sites.zone("VISIT-ZONE").isEmpty()) {
			this.sites.addZone("VISIT-ZONE", "Visit zone", "Zone des visites");
		}
		this.site = "V-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(this.site, "VISIT-ZONE", SiteKind.HOME, LocalDate.of(2024, 1, 1));
	}

	@Test
	void recordsAVisitWithWhatWasSeenAndTheIncidents() {
		this.visits.record(COORDINATOR, visit("Calm evening, supplies well organised.", this.time.today().minusDays(1)),
				key());

		Visit saved = this.visits.latest(this.site, 5).get(0);
		assertThat(saved.minutes()).isEqualTo(45);
		assertThat(saved.observed()).containsEntry(Visit.Observation.EQUIPMENT_DISTRIBUTION, 6)
			.containsEntry(Visit.Observation.REFERRALS, 0);
		assertThat(saved.incidents()).containsEntry(Visit.Incident.POLICE, 1);
		assertThat(saved.notes()).isEqualTo("Calm evening, supplies well organised.");
	}

	@Test
	void refusesNotesWithAPhoneNumberAndSavesNothing() {
		assertThatThrownBy(
				() -> this.visits.record(COORDINATOR, visit("Call her back at 416 555 0123", this.time.today()), key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.contactInNotes");
		assertThat(this.visits.latest(this.site, 5)).isEmpty();
	}

	@Test
	void refusesNotesWithAnEmailAddress() {
		assertThatThrownBy(
				() -> this.visits.record(COORDINATOR, visit("wrote to someone@example.org", this.time.today()), key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.contactInNotes");
	}

	@Test
	void refusesAVisitInTheFuture() {
		assertThatThrownBy(() -> this.visits.record(COORDINATOR, visit("", this.time.today().plusDays(2)), key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.visitInFuture");
	}

	@Test
	void aPeerWorkerCannotRecordAVisit() {
		StaffMember peer = new StaffMember("peer-v", Role.PEER_WORKER, Optional.of(this.site));

		assertThatThrownBy(() -> this.visits.record(peer, visit("", this.time.today()), key()))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void aRetriedVisitLandsOnce() {
		String key = key();
		NewVisit visit = visit("Second visit this month.", this.time.today());

		this.visits.record(COORDINATOR, visit, key);
		this.visits.record(COORDINATOR, visit, key);

		assertThat(this.visits.latest(this.site, 5)).hasSize(1);
	}

	private NewVisit visit(String notes, LocalDate on) {
		return new NewVisit(this.site, on, 45,
				Map.of(Visit.Observation.EQUIPMENT_DISTRIBUTION, 6, Visit.Observation.NALOXONE_DISTRIBUTION, 2),
				Map.of(Visit.Incident.POLICE, 1), notes);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
