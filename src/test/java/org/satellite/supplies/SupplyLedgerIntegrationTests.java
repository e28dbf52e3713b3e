package org.satellite.supplies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.supplies.internal.AdjustmentReason;
import org.satellite.supplies.internal.Movement;
import org.satellite.supplies.internal.MovementKind;
import org.satellite.supplies.internal.RestockRequest;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.internal.TransferLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupplyLedgerIntegrationTests {

	static final StaffMember COORDINATOR = new StaffMember("coord-test", Role.COORDINATOR, Optional.empty());

	@Autowired
	SupplyLedger ledger;

	@Autowired
	Stockroom stockroom;

	@Autowired
	Stock stock;

	@Autowired
	Restocks restocks;

	@Autowired
	SiteFigures figures;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramTime time;

	String site;

	StaffMember peer;

	@BeforeEach
	void openSite() {
		if (this.sites.zone("TEST-ZONE").isEmpty()) {
			this.sites.addZone("TEST-ZONE", "Test zone", "Zone d’essai");
		}
		this.site = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(this.site, "TEST-ZONE", SiteKind.HOME, LocalDate.of(2020, 1, 1));
		this.peer = new StaffMember("peer-" + this.site.toLowerCase(), Role.PEER_WORKER, Optional.of(this.site));
	}

	@Test
	void distributingTakesSuppliesOutOfTheSiteStock() {
		stockSite(Map.of("NDL-1", 100, "KIT-INH", 10));

		this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 20, "KIT-INH", 2), 3), key());

		assertThat(quantity("NDL-1")).isEqualTo(80);
		assertThat(quantity("KIT-INH")).isEqualTo(8);
	}

	@Test
	void recordsADistributionBeyondStockAndFlagsTheNegativeStock() {
		this.ledger.distribute(this.peer, distribution(Map.of("NAL-NASAL", 2), 0), key());

		StockLevel naloxone = level("NAL-NASAL");
		assertThat(naloxone.quantity()).isEqualTo(-2);
		assertThat(naloxone.status()).isEqualTo(StockLevel.Status.NEGATIVE);
	}

	@Test
	void aRetriedDistributionLandsOnce() {
		String key = key();
		NewDistribution submitted = distribution(Map.of("NDL-1", 10), 0);

		var first = this.ledger.distribute(this.peer, submitted, key);
		var retry = this.ledger.distribute(this.peer, submitted, key);

		assertThat(retry.id()).isEqualTo(first.id());
		assertThat(retry.replayed()).isTrue();
		assertThat(quantity("NDL-1")).isEqualTo(-10);
	}

	@Test
	void refusesADifferentDistributionUnderAKeyAlreadyUsed() {
		String key = key();
		this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 10), 0), key);

		assertThatThrownBy(() -> this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 11), 0), key))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("idempotencyKeyReused");
		assertThat(quantity("NDL-1")).isEqualTo(-10);
	}

	@Test
	void refusesAPeerWorkerRecordingForAnotherSite() {
		StaffMember elsewhere = new StaffMember("peer-elsewhere", Role.PEER_WORKER, Optional.of("SOMEWHERE-ELSE"));

		assertThatThrownBy(() -> this.ledger.distribute(elsewhere, distribution(Map.of("NDL-1", 1), 0), key()))
			.isInstanceOf(NotAllowed.class);
		assertThat(this.stock.at(this.site)).isEmpty();
	}

	@Test
	void refusesAbsurdQuantitiesUnknownItemsAndFutureTimesAndChangesNothing() {
		assertThatThrownBy(() -> this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", -5), 0), key()))
			.hasMessageContaining("badQuantity");
		assertThatThrownBy(() -> this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 1_000_000), 0), key()))
			.hasMessageContaining("badQuantity");
		assertThatThrownBy(() -> this.ledger.distribute(this.peer, distribution(Map.of("CROWBAR", 1), 0), key()))
			.hasMessageContaining("unknownItem");
		assertThatThrownBy(() -> this.ledger.distribute(this.peer,
				new NewDistribution(this.site, this.time.now().plus(2, ChronoUnit.DAYS), Map.of("NDL-1", 1), 0, null),
				key()))
			.hasMessageContaining("future");

		assertThat(this.stock.at(this.site)).isEmpty();
	}

	@Test
	void undoingADistributionPutsTheSuppliesBackWithAReversingEntry() {
		stockSite(Map.of("NDL-1", 50));
		var recorded = this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 20), 2), key());

		this.ledger.undoDistribution(this.peer, recorded.id());
		this.ledger.undoDistribution(this.peer, recorded.id());

		assertThat(quantity("NDL-1")).isEqualTo(50);
		assertThat(this.stock.movementsAt(this.site, 10)).extracting(Movement::kind)
			.containsExactly(MovementKind.REVERSED, MovementKind.DISTRIBUTED, MovementKind.TRANSFERRED_IN);
		assertThat(this.figures.month(this.site, this.time.thisMonth()).needlesOut()).isZero();
	}

	@Test
	void theLedgerCannotBeEditedOrDeleted() {
		stockSite(Map.of("NDL-1", 50));

		assertThatThrownBy(() -> this.jdbc.sql("UPDATE stock_movements SET quantity = 1 WHERE location = :site")
			.param("site", this.site)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM stock_movements WHERE location = :site")
			.param("site", this.site)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void monthFiguresCountNeedlesInKitsAndNeedlesBack() {
		this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 15, "KIT-INJ", 2, "NAL-NASAL", 1), 4), key());
		this.ledger.recordReturn(this.peer, this.site, null, 20, null, key());
		this.ledger.recordReturn(this.peer, this.site, null, null, 100, key());

		SiteMonth month = this.figures.month(this.site, this.time.thisMonth());

		assertThat(month.needlesOut()).isEqualTo(35);
		assertThat(month.kits()).isEqualTo(2);
		assertThat(month.naloxone()).isEqualTo(1);
		assertThat(month.secondaryReach()).isEqualTo(4);
		assertThat(month.encounters()).isEqualTo(1);
		assertThat(month.needlesBack()).isEqualTo(20 + 50);
		assertThat(month.returnPercent()).hasValue(200);
	}

	@Test
	void aSiteBelowItsThresholdIsFlaggedLowUntilRestocked() {
		this.stock.setThreshold(COORDINATOR, this.site, "NDL-1", 100);
		stockSite(Map.of("NDL-1", 120));
		this.ledger.distribute(this.peer, distribution(Map.of("NDL-1", 40), 0), key());
		assertThat(level("NDL-1").status()).isEqualTo(StockLevel.Status.LOW);

		RestockRequest request = this.restocks.request(this.peer, this.site);
		assertThat(this.restocks.request(this.peer, this.site).id()).isEqualTo(request.id());
		assertThat(this.restocks.queue()).extracting(RestockRequest::siteCode).contains(this.site);

		this.restocks.restock(COORDINATOR, this.site, List.of(TransferLine.of("NDL-1", 200)), null, key());

		assertThat(level("NDL-1").status()).isEqualTo(StockLevel.Status.OK);
		assertThat(this.restocks.openFor(this.site)).isEmpty();
	}

	@Test
	void naloxoneIsReceivedWithItsLotAndExpiry() {
		assertThatThrownBy(
				() -> this.stockroom.receive(COORDINATOR, null, List.of(TransferLine.of("NAL-NASAL", 10)), key()))
			.hasMessageContaining("lotRequired");

		this.stockroom.receive(COORDINATOR, null,
				List.of(new TransferLine("NAL-NASAL", 10, "LOT-42", this.time.today().plusYears(1))), key());

		assertThat(this.stock.movementsAt("HUB", 1)).first()
			.satisfies((movement) -> assertThat(movement.lot()).isEqualTo("LOT-42"));
	}

	@Test
	void aTransferThatNamesNoLotTakesTheSourcesLotsSoonestExpiryFirstSoTheSiteKnowsWhenItsKitsExpire() {
		LocalDate soon = this.time.today().plusDays(20);
		LocalDate later = this.time.today().plusDays(400);
		String from = this.site;
		String to = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sites.open(to, "TEST-ZONE", SiteKind.HOME, LocalDate.of(2020, 1, 1));
		this.stockroom.receive(COORDINATOR, null, List.of(new TransferLine("NAL-NASAL", 4, "SOON-" + from, soon),
				new TransferLine("NAL-NASAL", 10, "LATER-" + from, later)), key());
		this.stockroom.transfer(COORDINATOR, "HUB", from, null,
				List.of(new TransferLine("NAL-NASAL", 4, "SOON-" + from, soon),
						new TransferLine("NAL-NASAL", 10, "LATER-" + from, later)),
				key());
		this.stockroom.adjust(COORDINATOR, from, "NAL-NASAL", 2, AdjustmentReason.COUNT_CORRECTION, null, key());

		this.stockroom.transfer(COORDINATOR, from, to, null, List.of(TransferLine.of("NAL-NASAL", 9)), key());

		assertThat(lotsAt(to)).containsExactly(new ExpiringLot(to, "NAL-NASAL", "SOON-" + from, soon, 4),
				new ExpiringLot(to, "NAL-NASAL", "LATER-" + from, later, 5));
		assertThat(lotsAt(from)).as("what stays behind is the later lot, and the kits no lot explains")
			.containsExactly(new ExpiringLot(from, "NAL-NASAL", "LATER-" + from, later, 5));
		assertThat(this.stock.expiringBy(this.time.today().plusDays(60))).as("the site is told its kits expire soon")
			.contains(new ExpiringLot(to, "NAL-NASAL", "SOON-" + from, soon, 4));

		this.stockroom.transfer(COORDINATOR, from, to, null, List.of(TransferLine.of("NAL-NASAL", 7)), key());
		assertThat(lotsAt(to)).as("beyond the known lots, kits move without one")
			.containsExactly(new ExpiringLot(to, "NAL-NASAL", "SOON-" + from, soon, 4),
					new ExpiringLot(to, "NAL-NASAL", "LATER-" + from, later, 10));
		assertThat(this.stock.at(to)
			.stream()
			.filter((level) -> level.itemCode().equals("NAL-NASAL"))
			.findFirst()
			.orElseThrow()
			.quantity()).isEqualTo(16);
	}

	private List<ExpiringLot> lotsAt(String location) {
		return this.stock.expiringBy(this.time.today().plusYears(5))
			.stream()
			.filter((lot) -> lot.location().equals(location))
			.toList();
	}

	private void stockSite(Map<String, Integer> items) {
		List<TransferLine> lines = items.entrySet()
			.stream()
			.map((e) -> TransferLine.of(e.getKey(), e.getValue()))
			.toList();
		this.stockroom.transfer(COORDINATOR, "HUB", this.site, this.time.now().minusSeconds(60), lines, key());
	}

	private NewDistribution distribution(Map<String, Integer> items, int alsoFor) {
		return new NewDistribution(this.site, null, new LinkedHashMap<>(items), alsoFor, null);
	}

	private int quantity(String item) {
		return level(item).quantity();
	}

	private StockLevel level(String item) {
		return this.stock.at(this.site)
			.stream()
			.filter((level) -> level.itemCode().equals(item))
			.findFirst()
			.orElseThrow();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
