package org.satellite.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.satellite.SatelliteApplication;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertStatus;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.internal.StipendLine;
import org.satellite.network.internal.Stipends;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.internal.Restocks;
import org.satellite.supplies.Stock;
import org.satellite.supplies.StockLevel;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo promises a coordinator something to act on whatever day it is first started: a
 * site running low with a restock request open, stipends half paid this month, an alert
 * in effect. Seeded with the program's clock on the days where month arithmetic goes
 * wrong, each started early or late in the day, in the program's zone.
 */
class DemoOnAnyDayIntegrationTests {

	/** The site the supplies demo keeps low on this item, with a restock request open. */
	private static final String LOW_SITE = "SAT-03";

	private static final String LOW_ITEM = "NAL-NASAL";

	private static final StaffMember ADMIN = new StaffMember("admin", Role.ADMIN, Optional.empty());

	@ParameterizedTest(name = "seeded at {0}")
	@ValueSource(strings = { "2027-03-01T00:30", "2026-12-02T09:00", "2027-02-28T23:30", "2026-12-31T23:30",
			"2027-01-01T00:30" })
	void keepsEveryPromisedStateOn(String start) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SatelliteApplication.class)
			.profiles("test")
			.properties("server.port=0", "satellite.clock.start=" + start)
			.run()) {
			ProgramTime time = app.getBean(ProgramTime.class);
			assertThat(time.now()).as("the program's clock").isAfter(time.startOf(time.today()));

			StockLevel naloxone = app.getBean(Stock.class)
				.at(LOW_SITE)
				.stream()
				.filter((level) -> level.itemCode().equals(LOW_ITEM))
				.findFirst()
				.orElseThrow();
			assertThat(naloxone.status()).as("%s's naloxone: %s", LOW_SITE, naloxone).isEqualTo(StockLevel.Status.LOW);
			assertThat(naloxone.quantity()).as("kits on hand").isPositive();
			assertThat(app.getBean(Restocks.class).openFor(LOW_SITE)).as("an open restock request").isPresent();

			List<StipendLine> stipends = app.getBean(Stipends.class).month(ADMIN, YearMonth.from(time.today()));
			assertThat(stipends).as("this month's stipends, some paid").anyMatch((line) -> line.paidOn() != null);
			assertThat(stipends).as("this month's stipends, some still owed").anyMatch(StipendLine::notPaid);

			assertThat(app.getBean(AlertDesk.class).published()).as("alerts in effect")
				.anyMatch((alert) -> alert.statusAt(time.now()) == AlertStatus.ISSUED);
		}
	}

}
