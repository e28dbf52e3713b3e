package org.satellite.network.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo network, seeded first: 4 zones, 9 sites opened two years ago, 12 peer workers
 * (every other one with a fictional program phone), coordinator visits, and stipends with
 * this month's payments half done.
 */
@Component
class NetworkDemo implements DemoSeed {

	private static final StaffMember SEEDER = new StaffMember("demo-seed", Role.ADMIN, Optional.empty());

	private static final String[][] ZONES = { { "DT", "Downtown", "Centre-ville" }, { "EAST", "East End", "Est" },
			{ "WEST", "West End", "Ouest" }, { "NORTH", "North", "Nord" } };

	private static final Object[][] SITES = { { "SAT-01", "DT", SiteKind.HOME }, { "SAT-02", "DT", SiteKind.HOUSING },
			{ "SAT-03", "DT", SiteKind.HOME }, { "SAT-04", "EAST", SiteKind.HOME },
			{ "SAT-05", "EAST", SiteKind.MOBILE }, { "SAT-06", "WEST", SiteKind.HOME },
			{ "SAT-07", "WEST", SiteKind.SECONDARY_DISTRIBUTOR }, { "SAT-08", "NORTH", SiteKind.HOUSING },
			{ "SAT-09", "NORTH", SiteKind.HOME } };

	private final Sites sites;

	private final PeerWorkers peerWorkers;

	private final Visits visits;

	private final Stipends stipends;

	private final ProgramTime time;

	NetworkDemo(Sites sites, PeerWorkers peerWorkers, Visits visits, Stipends stipends, ProgramTime time) {
		this.sites = sites;
		this.peerWorkers = peerWorkers;
		this.visits = visits;
		this.stipends = stipends;
		this.time = time;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		LocalDate today = this.time.today();
		for (String[] zone : ZONES) {
			this.sites.addZone(zone[0], zone[1], zone[2]);
		}
		for (Object[] site : SITES) {
			this.sites.open((String) site[0], (String) site[1], (SiteKind) site[2], today.minusYears(2));
		}
		registerPeerWorkers();
		seedVisits();
		seedStipends();
	}

	private void registerPeerWorkers() {
		String[] sitesOfWorkers = { "SAT-01", "SAT-01", "SAT-02", "SAT-02", "SAT-03", "SAT-04", "SAT-05", "SAT-05",
				"SAT-06", "SAT-07", "SAT-08", "SAT-09" };
		for (int i = 0; i < sitesOfWorkers.length; i++) {
			// 555-01xx numbers are reserved for fiction: they reach nobody.
			String phone = (i % 2 == 0) ? String.format("+1 416 555 01%02d", i + 1) : null;
			this.peerWorkers.register(String.format("pw-%02d", i + 1), sitesOfWorkers[i], phone);
		}
	}

	private void seedVisits() {
		LocalDate today = this.time.today();
		Object[][] visits = { { "SAT-01", 12, 60, 5, 3, 2, "Supplies well organised; asked for more fentanyl strips." },
				{ "SAT-02", 9, 45, 8, 2, 1, "Busy evening. Building staff supportive." },
				{ "SAT-05", 5, 90, 3, 4, 0, "Went over the naloxone that expires soon; swap planned." },
				{ "SAT-07", 3, 30, 6, 1, 3, "Secondary distribution going well; sharps containers needed." },
				{ "SAT-04", 1, 50, 4, 2, 1,
						"Talked about the overdose response this week. Check in again next week." } };
		for (int i = 0; i < visits.length; i++) {
			Object[] visit = visits[i];
			this.visits.record(SEEDER, new NewVisit((String) visit[0], today.minusDays((int) visit[1]), (int) visit[2],
					Map.of(Visit.Observation.EQUIPMENT_DISTRIBUTION, (int) visit[3],
							Visit.Observation.HARM_REDUCTION_EDUCATION, (int) visit[4],
							Visit.Observation.NALOXONE_DISTRIBUTION, (int) visit[5], Visit.Observation.REFERRALS,
							i % 3),
					Map.of(Visit.Incident.POLICE, (i == 3) ? 1 : 0), (String) visit[6]), "demo-visit-" + i);
		}
	}

	private void seedStipends() {
		YearMonth month = this.time.thisMonth();
		LocalDate today = this.time.today();
		List<PeerWorker> workers = this.peerWorkers.all();
		for (int i = 0; i < workers.size(); i++) {
			PeerWorker worker = workers.get(i);
			this.stipends.setMonthly(SEEDER, worker.id(), 25_000);
			this.stipends.recordPayment(SEEDER, worker.id(), month.minusMonths(1), null,
					month.minusMonths(1).atDay(Math.min(3, month.minusMonths(1).lengthOfMonth())), PaymentMethod.CASH,
					"demo-stipend-last-" + worker.id());
			if (i % 2 == 0) {
				this.stipends.recordPayment(SEEDER, worker.id(), month, null, month.atDay(1),
						(i % 4 == 0) ? PaymentMethod.E_TRANSFER : PaymentMethod.CASH, "demo-stipend-" + worker.id());
			}
		}
		this.stipends.payHonorarium(SEEDER, workers.get(0).id(), 5_000, "Naloxone training at a housing building",
				today, PaymentMethod.CASH, "demo-honorarium-1");
		this.stipends.payHonorarium(SEEDER, workers.get(3).id(), 7_500, "Community panel on drug checking", today,
				PaymentMethod.E_TRANSFER, "demo-honorarium-2");
	}

}
