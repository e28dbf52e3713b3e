package org.satellite.supplies.internal;

import java.time.LocalDate;
import java.util.List;

import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Stockroom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lot of naloxone at SAT-05 that expires in 45 days, so that the coordinator sees one
 * coming. Seeded after the demo's overdose responses and naloxone hand-outs, which would
 * otherwise take their kits from it (the soonest expiry goes first).
 */
@Component
class ExpiringNaloxoneDemo implements DemoSeed {

	private final Stockroom stockroom;

	private final ProgramTime time;

	ExpiringNaloxoneDemo(Stockroom stockroom, ProgramTime time) {
		this.stockroom = stockroom;
		this.time = time;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	@Transactional
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		LocalDate soon = this.time.today().plusDays(45);
		List<TransferLine> shortDated = List.of(new TransferLine("NAL-NASAL", 6, "DEMO-SHORT", soon));
		this.stockroom.receive(SuppliesDemo.SEEDER, null, shortDated, "demo-short-dated-receipt");
		this.stockroom.transfer(SuppliesDemo.SEEDER, "HUB", "SAT-05", null, shortDated, "demo-short-dated-transfer");
	}

}
