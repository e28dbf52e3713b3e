package org.satellite.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.internal.PaymentMethod;
import org.satellite.network.internal.StipendLine;
import org.satellite.network.internal.Stipends;
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
class StipendsIntegrationTests {

	static final StaffMember COORDINATOR = new StaffMember("coord-stipends", Role.COORDINATOR, Optional.empty());

	@Autowired
	Stipends stipends;

	@Autowired
	PeerWorkers peerWorkers;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	PeerWorker worker;

	YearMonth month;

	@BeforeEach
	void registerWorker() {
		if (this.sites.zone("PAY-ZONE").isEmpty()) {
			this.sites.addZone("PAY-ZONE", "Pay zone", "Zone de paie");
		}
		String site = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(site, "PAY-ZONE", SiteKind.HOME, LocalDate.of(2024, 1, 1));
		this.worker = this.peerWorkers.register("pw-" + site.toLowerCase(), site, null);
		this.month = this.time.thisMonth();
	}

	@Test
	void aWorkerWithAStipendShowsAsNotPaidUntilThePaymentIsRecorded() {
		this.stipends.setMonthly(COORDINATOR, this.worker.id(), 25_000);
		assertThat(line().notPaid()).isTrue();

		this.stipends.recordPayment(COORDINATOR, this.worker.id(), this.month, null, this.time.today(),
				PaymentMethod.CASH, key());

		StipendLine paid = line();
		assertThat(paid.notPaid()).isFalse();
		assertThat(paid.paidCents()).isEqualTo(25_000);
		assertThat(paid.paidBy()).isEqualTo(PaymentMethod.CASH);
	}

	@Test
	void aMonthIsPaidOnceButARetryLandsQuietly() {
		this.stipends.setMonthly(COORDINATOR, this.worker.id(), 25_000);
		String key = key();
		this.stipends.recordPayment(COORDINATOR, this.worker.id(), this.month, null, this.time.today(),
				PaymentMethod.CASH, key);

		this.stipends.recordPayment(COORDINATOR, this.worker.id(), this.month, null, this.time.today(),
				PaymentMethod.CASH, key);

		assertThatThrownBy(() -> this.stipends.recordPayment(COORDINATOR, this.worker.id(), this.month, null,
				this.time.today(), PaymentMethod.CHEQUE, key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.alreadyPaid");
	}

	@Test
	void aWorkerWithoutAStipendIsNotCountedAsUnpaid() {
		assertThat(line().notPaid()).isFalse();
		assertThat(line().monthlyCents()).isNull();
	}

	@Test
	void honorariaAddUpForTheMonthAndNeedAReasonWithoutContactDetails() {
		this.stipends.payHonorarium(COORDINATOR, this.worker.id(), 5_000, "Naloxone training for a housing building",
				this.time.today(), PaymentMethod.E_TRANSFER, key());

		assertThat(line().honorariaCents()).isEqualTo(5_000);
		assertThatThrownBy(() -> this.stipends.payHonorarium(COORDINATOR, this.worker.id(), 5_000,
				"paid to them, call 416-555-0133", this.time.today(), PaymentMethod.CASH, key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.contactInNotes");
		assertThatThrownBy(() -> this.stipends.payHonorarium(COORDINATOR, this.worker.id(), 5_000, " ",
				this.time.today(), PaymentMethod.CASH, key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.honorariumReason");
	}

	@Test
	void refusesAPaymentDatedInTheFuture() {
		this.stipends.setMonthly(COORDINATOR, this.worker.id(), 25_000);

		assertThatThrownBy(() -> this.stipends.recordPayment(COORDINATOR, this.worker.id(), this.month, null,
				this.time.today().plusDays(3), PaymentMethod.CASH, key()))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("network.error.paidInFuture");
	}

	@Test
	void aPeerWorkerSeesNobodysPay() {
		StaffMember peer = new StaffMember("peer-pay", Role.PEER_WORKER, Optional.of(this.worker.siteCode()));

		assertThatThrownBy(() -> this.stipends.month(peer, this.month)).isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.stipends.setMonthly(peer, this.worker.id(), 100_000))
			.isInstanceOf(NotAllowed.class);
	}

	private StipendLine line() {
		return this.stipends.month(COORDINATOR, this.month)
			.stream()
			.filter((line) -> line.worker().id() == this.worker.id())
			.findFirst()
			.orElseThrow();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
