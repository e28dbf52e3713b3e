package org.satellite.overdose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.overdose.internal.CheckInRequest;
import org.satellite.overdose.internal.NaloxoneForm;
import org.satellite.overdose.internal.NaloxoneHandouts;
import org.satellite.overdose.internal.NewOverdoseResponse;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseResponse;
import org.satellite.overdose.internal.OverdoseResponses;
import org.satellite.overdose.internal.ReplacementReason;
import org.satellite.overdose.internal.Responder;
import org.satellite.overdose.internal.ResponseOutcome;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.supplies.ExpiringLot;
import org.satellite.supplies.Stock;
import org.satellite.supplies.StockLevel;
import org.satellite.supplies.Stockroom;
import org.satellite.supplies.internal.TransferLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class OverdoseIntegrationTests {

	static final StaffMember COORDINATOR = new StaffMember("coord-test", Role.COORDINATOR, Optional.empty());

	@Autowired
	OverdoseResponses responses;

	@Autowired
	NaloxoneHandouts handouts;

	@Autowired
	Stockroom stockroom;

	@Autowired
	Stock stock;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	String site;

	StaffMember peer;

	@BeforeEach
	void openSite() {
		if (this.sites.zone("OD-ZONE").isEmpty()) {
			this.sites.addZone("OD-ZONE", "Overdose test zone", "Zone d’essai surdose");
			this.sites.addZone("OD-OTHER", "Another zone", "Autre zone");
		}
		this.site = "OD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(this.site, "OD-ZONE", SiteKind.HOME, LocalDate.of(2020, 1, 1));
		this.peer = new StaffMember("peer-" + this.site.toLowerCase(), Role.PEER_WORKER, Optional.of(this.site));
	}

	@Test
	void twoNasalDosesLeaveTheSiteStockAndNotTheKitsHandedOut() {
		stockSite("NAL-NASAL", 10);

		var outcome = this.responses.record(this.peer, twoNasalDoses(), key());

		assertThat(naloxone("NAL-NASAL")).isEqualTo(8);
		OverdoseResponse saved = this.responses.find(outcome.id()).orElseThrow();
		assertThat(saved.naloxoneDoses()).isEqualTo(2);
		assertThat(saved.zoneCode()).as("the site’s zone by default").isEqualTo("OD-ZONE");
		assertThat(saved.dosesBeyondStock()).isFalse();
	}

	@Test
	void publishesTheZoneTheTimeAndTheSubstancesOnly() {
		Instant when = this.time.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		var response = new NewOverdoseResponse(this.site, when, "OD-OTHER", List.of("xylazine", "fentanyl"), 1,
				NaloxoneForm.INJECTABLE, true, null, true, ResponseOutcome.TAKEN_TO_HOSPITAL, Responder.CLIENT);

		var outcome = this.responses.record(this.peer, response, key());

		assertThat(this.events.stream(OverdoseResponseRecorded.class)).containsExactly(
				new OverdoseResponseRecorded(outcome.id(), "OD-OTHER", when, List.of("fentanyl", "xylazine")));
	}

	@Test
	void aRetriedReportLandsOnceAndTakesTheNaloxoneOnce() {
		stockSite("NAL-NASAL", 10);
		String key = key();

		var first = this.responses.record(this.peer, twoNasalDoses(), key);
		var retry = this.responses.record(this.peer, twoNasalDoses(), key);

		assertThat(retry.id()).isEqualTo(first.id());
		assertThat(retry.replayed()).isTrue();
		assertThat(naloxone("NAL-NASAL")).isEqualTo(8);
		assertThat(this.events.stream(OverdoseResponseRecorded.class)).hasSize(1);
	}

	@Test
	void moreDosesThanTheSiteHoldsAreRecordedAndFlagged() {
		stockSite("NAL-NASAL", 1);

		var outcome = this.responses.record(this.peer, twoNasalDoses(), key());

		assertThat(this.responses.find(outcome.id()).orElseThrow().dosesBeyondStock()).isTrue();
		assertThat(naloxone("NAL-NASAL")).isEqualTo(-1);
		assertThat(this.responses.beyondStock(100)).extracting(OverdoseResponse::id).contains(outcome.id());
	}

	@Test
	void refusesATimeInTheFutureAndChangesNothing() {
		stockSite("NAL-NASAL", 5);
		var future = withTime(this.time.now().plus(2, ChronoUnit.HOURS));

		assertThatThrownBy(() -> this.responses.record(this.peer, future, key())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.future");
		assertThat(naloxone("NAL-NASAL")).isEqualTo(5);
		assertThat(this.events.stream(OverdoseResponseRecorded.class)).isEmpty();
	}

	@Test
	void refusesASubstanceNotOnTheList() {
		var response = new NewOverdoseResponse(this.site, null, null, List.of("fentanyl", "moon dust"), 0, null, true,
				null, true, ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER);

		assertThatThrownBy(() -> this.responses.record(this.peer, response, key())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.unknownSubstance[moon dust]");
	}

	@Test
	void acceptsUnknownAsTheOnlySubstance() {
		var response = new NewOverdoseResponse(this.site, null, null, List.of("unknown"), 0, null, false,
				NoCallReason.PERSON_RECOVERED, true, ResponseOutcome.RECOVERED_ON_SITE, Responder.BYSTANDER);

		var outcome = this.responses.record(this.peer, response, key());

		assertThat(this.responses.find(outcome.id()).orElseThrow().substances()).containsExactly("unknown");
	}

	@Test
	void refusesAPeerWorkerReportingForAnotherSite() {
		StaffMember elsewhere = new StaffMember("peer-elsewhere", Role.PEER_WORKER, Optional.of("SOMEWHERE-ELSE"));

		assertThatThrownBy(() -> this.responses.record(elsewhere, twoNasalDoses(), key()))
			.isInstanceOf(NotAllowed.class);
		assertThat(naloxone("NAL-NASAL")).isZero();
	}

	@Test
	void asksWhy911WasNotCalled() {
		var response = new NewOverdoseResponse(this.site, null, null, List.of("fentanyl"), 0, null, false, null, true,
				ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER);

		assertThatThrownBy(() -> this.responses.record(this.peer, response, key())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.noCallReasonRequired");
	}

	@Test
	void refusesAZoneThatDoesNotExist() {
		var response = new NewOverdoseResponse(this.site, null, "NOWHERE", List.of("fentanyl"), 0, null, true, null,
				true, ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER);

		assertThatThrownBy(() -> this.responses.record(this.peer, response, key())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.unknownZone");
	}

	@Test
	void aCheckInAskedForWaitsInTheCoordinatorsQueueUntilDone() {
		var outcome = this.responses.record(this.peer, twoNasalDoses(), key());

		this.responses.requestCheckIn(this.peer, outcome.id());
		this.responses.requestCheckIn(this.peer, outcome.id());

		List<CheckInRequest> waiting = this.responses.openCheckIns()
			.stream()
			.filter((request) -> request.siteCode().equals(this.site))
			.toList();
		assertThat(waiting).hasSize(1);
		assertThat(waiting.get(0).requestedBy()).isEqualTo(this.peer.username());

		this.responses.checkInDone(COORDINATOR, waiting.get(0).id());

		assertThat(this.responses.openCheckIns()).noneMatch((request) -> request.siteCode().equals(this.site));
	}

	@Test
	void aPeerWorkerCannotMarkACheckInDone() {
		var outcome = this.responses.record(this.peer, twoNasalDoses(), key());
		this.responses.requestCheckIn(this.peer, outcome.id());
		UUID request = this.responses.openCheckIns()
			.stream()
			.filter((found) -> found.siteCode().equals(this.site))
			.findFirst()
			.orElseThrow()
			.id();

		assertThatThrownBy(() -> this.responses.checkInDone(this.peer, request)).isInstanceOf(NotAllowed.class);
	}

	@Test
	void aReplacementKitRecordsWhyAndLeavesStock() {
		stockSite("NAL-NASAL", 10);

		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 2, ReplacementReason.CONFISCATED, key());
		this.handouts.handOut(this.peer, this.site, NaloxoneForm.NASAL, 1, null, key());

		assertThat(naloxone("NAL-NASAL")).isEqualTo(7);
		var counts = this.handouts.byReason(this.site, this.time.now().minus(1, ChronoUnit.HOURS),
				this.time.now().plus(1, ChronoUnit.HOURS));
		assertThat(counts).containsEntry("CONFISCATED", 2L).containsEntry("FIRST", 1L).containsEntry("USED", 0L);
	}

	@Test
	void flagsNaloxoneExpiringWithinSixtyDaysAtASite() {
		LocalDate soon = this.time.today().plusDays(30);
		LocalDate later = this.time.today().plusDays(300);
		String lotSoon = "SOON-" + this.site;
		String lotLater = "LATER-" + this.site;
		this.stockroom.receive(COORDINATOR, null, List.of(new TransferLine("NAL-NASAL", 4, lotSoon, soon),
				new TransferLine("NAL-NASAL", 6, lotLater, later)), key());
		this.stockroom.transfer(COORDINATOR, "HUB", this.site, null, List
			.of(new TransferLine("NAL-NASAL", 4, lotSoon, soon), new TransferLine("NAL-NASAL", 6, lotLater, later)),
				key());

		List<ExpiringLot> expiring = this.stock.expiringBy(this.time.today().plusDays(60))
			.stream()
			.filter((lot) -> lot.location().equals(this.site))
			.toList();

		assertThat(expiring).containsExactly(new ExpiringLot(this.site, "NAL-NASAL", lotSoon, soon, 4));
	}

	@Test
	void kitsGoneFromASiteAreCountedFromTheLotsThatExpireFirst() {
		LocalDate soon = this.time.today().plusDays(30);
		LocalDate later = this.time.today().plusDays(300);
		String lotSoon = "SOON2-" + this.site;
		String lotLater = "LATER2-" + this.site;
		this.stockroom.receive(COORDINATOR, null, List.of(new TransferLine("NAL-NASAL", 4, lotSoon, soon),
				new TransferLine("NAL-NASAL", 6, lotLater, later)), key());
		this.stockroom.transfer(COORDINATOR, "HUB", this.site, null, List
			.of(new TransferLine("NAL-NASAL", 4, lotSoon, soon), new TransferLine("NAL-NASAL", 6, lotLater, later)),
				key());
		this.responses.record(this.peer, twoNasalDoses(), key());
		this.responses.record(this.peer, twoNasalDoses(), key());
		this.responses.record(this.peer, twoNasalDoses(), key());

		List<ExpiringLot> expiring = this.stock.expiringBy(this.time.today().plusDays(60))
			.stream()
			.filter((lot) -> lot.location().equals(this.site))
			.toList();

		assertThat(expiring).isEmpty();
	}

	private NewOverdoseResponse twoNasalDoses() {
		return withTime(null);
	}

	private NewOverdoseResponse withTime(Instant when) {
		return new NewOverdoseResponse(this.site, when, null, List.of("fentanyl"), 2, NaloxoneForm.NASAL, false,
				NoCallReason.FEAR_OF_POLICE, true, ResponseOutcome.RECOVERED_ON_SITE, Responder.PEER_WORKER);
	}

	@Test
	void aPeerWorkerUndoesAReportMadeByMistakeAndItsNaloxoneGoesBackToStock() {
		stockSite("NAL-NASAL", 10);
		var outcome = this.responses.record(this.peer, twoNasalDoses(), key());
		this.responses.requestCheckIn(this.peer, outcome.id());
		assertThat(naloxone("NAL-NASAL")).isEqualTo(8);

		this.responses.undo(this.peer, outcome.id());

		assertThat(this.responses.find(outcome.id())).isEmpty();
		assertThat(naloxone("NAL-NASAL")).as("the doses are back in the site's stock").isEqualTo(10);
		assertThat(this.responses.openCheckIns()).noneMatch((checkIn) -> checkIn.responseId().equals(outcome.id()));
		assertThat(this.responses.between(this.site, this.time.now().minus(1, ChronoUnit.DAYS), this.time.now()))
			.isEmpty();
		assertThat(this.events.stream(OverdoseResponseWithdrawn.class))
			.containsExactly(new OverdoseResponseWithdrawn(outcome.id()));
		assertThatThrownBy(() -> this.responses.undo(this.peer, outcome.id())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.unknownResponse");
		assertThat(naloxone("NAL-NASAL")).as("undoing twice puts nothing back twice").isEqualTo(10);
	}

	@Test
	void aPeerWorkerMayUndoOnlyTheirSitesReportsAndOnlyForADayACoordinatorAtAnyTime() {
		var outcome = this.responses.record(this.peer, withoutNaloxone(), key());
		StaffMember elsewhere = new StaffMember("peer-elsewhere", Role.PEER_WORKER, Optional.of("SAT-01"));
		assertThatThrownBy(() -> this.responses.undo(elsewhere, outcome.id())).isInstanceOf(NotAllowed.class);

		this.jdbc.sql("UPDATE overdose_responses SET recorded_at = program_now() - interval '25 hours' WHERE id = :id")
			.param("id", outcome.id())
			.update();
		assertThatThrownBy(() -> this.responses.undo(this.peer, outcome.id())).isInstanceOf(Refusal.class)
			.hasMessageContaining("overdose.error.undoTooLate");
		assertThat(this.responses.find(outcome.id())).isPresent();

		this.responses.undo(COORDINATOR, outcome.id());
		assertThat(this.responses.find(outcome.id())).isEmpty();
	}

	private NewOverdoseResponse withoutNaloxone() {
		return new NewOverdoseResponse(this.site, this.time.now().minus(10, ChronoUnit.MINUTES), null,
				List.of("fentanyl"), 0, null, true, null, true, ResponseOutcome.RECOVERED_ON_SITE,
				Responder.PEER_WORKER);
	}

	private void stockSite(String item, int quantity) {
		this.stockroom.receive(COORDINATOR, null,
				List.of(new TransferLine(item, quantity, "LOT-" + this.site, this.time.today().plusYears(1))), key());
		this.stockroom.transfer(COORDINATOR, "HUB", this.site, null, List.of(TransferLine.of(item, quantity)), key());
	}

	private int naloxone(String item) {
		return this.stock.at(this.site)
			.stream()
			.filter((level) -> level.itemCode().equals(item))
			.mapToInt(StockLevel::quantity)
			.findFirst()
			.orElse(0);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
