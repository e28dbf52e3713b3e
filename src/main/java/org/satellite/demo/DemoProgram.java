package org.satellite.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.PeerWorkers;
import org.satellite.network.SiteKind;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.History;
import org.satellite.supplies.Restocks;
import org.satellite.supplies.Stock;
import org.satellite.supplies.Stockroom;
import org.satellite.supplies.TransferLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo program: a hub, 4 zones, 9 sites, 12 peer workers, and a year of supplies received, moved to sites,
 * handed out and brought back. Site SAT-03 ends the year low on naloxone with a restock request open, so that the
 * coordinator has something to act on.
 */
@Component
class DemoProgram {

	private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);

	static final StaffMember SEEDER = new StaffMember("demo-seed", Role.ADMIN, Optional.empty());

	private static final String[][] ZONES = { { "DT", "Downtown", "Centre-ville" }, { "EAST", "East End", "Est" },
			{ "WEST", "West End", "Ouest" }, { "NORTH", "North", "Nord" } };

	private static final Object[][] SITES = { { "SAT-01", "DT", SiteKind.HOME, 1.1 },
			{ "SAT-02", "DT", SiteKind.HOUSING, 1.25 }, { "SAT-03", "DT", SiteKind.HOME, 0.9 },
			{ "SAT-04", "EAST", SiteKind.HOME, 1.0 }, { "SAT-05", "EAST", SiteKind.MOBILE, 1.2 },
			{ "SAT-06", "WEST", SiteKind.HOME, 0.85 }, { "SAT-07", "WEST", SiteKind.SECONDARY_DISTRIBUTOR, 0.95 },
			{ "SAT-08", "NORTH", SiteKind.HOUSING, 1.0 }, { "SAT-09", "NORTH", SiteKind.HOME, 0.8 } };

	/** The site that is running low, on this item, on whatever day the demo is seeded, with a restock request open. */
	static final String LOW_SITE = "SAT-03";

	static final String LOW_ITEM = "NAL-NASAL";

	private static final Map<String, Integer> THRESHOLDS = Map.of("NDL-1", 150, "KIT-INJ", 10, "KIT-INH", 10,
			"NAL-NASAL", 6, "STRIP-FENT", 20);

	private final Sites sites;

	private final PeerWorkers peerWorkers;

	private final Stockroom stockroom;

	private final Stock stock;

	private final Restocks restocks;

	private final History history;

	private final ProgramTime time;

	private final DemoSettings settings;

	DemoProgram(Sites sites, PeerWorkers peerWorkers, Stockroom stockroom, Stock stock, Restocks restocks,
			History history, ProgramTime time, DemoSettings settings) {
		this.sites = sites;
		this.peerWorkers = peerWorkers;
		this.stockroom = stockroom;
		this.stock = stock;
		this.restocks = restocks;
		this.history = history;
		this.time = time;
		this.settings = settings;
	}

	boolean isSeeded() {
		return !this.sites.zones().isEmpty();
	}

	@Transactional
	void seed() {
		LocalDate today = this.time.today();
		for (String[] zone : ZONES) {
			this.sites.addZone(zone[0], zone[1], zone[2]);
		}
		for (Object[] site : SITES) {
			this.sites.open((String) site[0], (String) site[1], (SiteKind) site[2], today.minusYears(2));
		}
		registerPeerWorkers();
		YearMonth first = this.time.thisMonth().minusMonths(this.settings.historyMonths() - 1);
		Instant until = this.time.now().minusSeconds(3600);
		DemoHistory generated = new DemoHistory(this.settings.seed(), this.time.zone());
		for (Object[] site : SITES) {
			String code = (String) site[0];
			double secondary = (site[2] == SiteKind.SECONDARY_DISTRIBUTOR) ? 0.7 : 0.15;
			generated.generate(code, (double) site[3], secondary, first.atDay(1), until);
		}
		stockSites(generated, first);
		this.history.load(SEEDER, generated.distributions, generated.returns);
		for (Object[] site : SITES) {
			THRESHOLDS.forEach((item, minimum) -> this.stock.setThreshold(SEEDER, (String) site[0], item, minimum));
		}
		this.restocks.request(new StaffMember("demo-seed", Role.PEER_WORKER, Optional.of(LOW_SITE)), LOW_SITE);
		log.info("Demo mode: seeded {} sites with {} distributions and {} needle returns over {} months", SITES.length,
				generated.distributions.size(), generated.returns.size(), this.settings.historyMonths());
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

	/**
	 * Receives each month's supplies at the hub and tops every site up at the start of the month to a little more
	 * than it hands out in a month. SAT-03 is only ever given the naloxone it hands out, and two kits more this month,
	 * so that it is running low on any day the demo is seeded, the 1st of a month included.
	 */
	private void stockSites(DemoHistory generated, YearMonth first) {
		YearMonth current = this.time.thisMonth();
		// A month's round happens at 8:00 on its 1st; seeded earlier than that on the 1st, it happened an hour ago.
		Instant latest = this.time.now().minusSeconds(3600);
		Map<String, Map<String, Integer>> onHand = new HashMap<>();
		for (YearMonth next = first; !next.isAfter(current); next = next.plusMonths(1)) {
			YearMonth month = next;
			Instant round = month.atDay(1).atTime(8, 0).atZone(this.time.zone()).toInstant();
			Instant start = round.isAfter(latest) ? latest : round;
			Map<String, List<TransferLine>> transfers = new LinkedHashMap<>();
			Map<String, Integer> total = new TreeMap<>();
			for (Object[] site : SITES) {
				String code = (String) site[0];
				Map<String, Integer> stock = onHand.computeIfAbsent(code, (key) -> new HashMap<>());
				Map<String, Integer> used = generated.usedBy(code, month);
				Map<String, Integer> expected = month.equals(current) ? generated.usedBy(code, month.minusMonths(1)) : used;
				Set<String> items = new TreeSet<>(expected.keySet());
				items.addAll(used.keySet());
				List<TransferLine> lines = new ArrayList<>();
				items.forEach((item) -> {
					int target = (int) Math.ceil(expected.getOrDefault(item, 0) * 1.15) + 5;
					if (code.equals(LOW_SITE) && item.equals(LOW_ITEM)) {
						target = used.getOrDefault(item, 0) + (month.equals(current) ? 2 : 0);
					}
					int quantity = Math.max(0, Math.max(target, used.getOrDefault(item, 0)) - stock.getOrDefault(item, 0));
					if (quantity > 0) {
						lines.add(TransferLine.of(item, quantity));
						total.merge(item, quantity, Integer::sum);
						stock.merge(item, quantity, Integer::sum);
					}
				});
				used.forEach((item, quantity) -> stock.merge(item, -quantity, Integer::sum));
				transfers.put(code, lines);
			}
			List<TransferLine> receipt = new ArrayList<>();
			LocalDate expiry = month.atEndOfMonth().plusMonths(18);
			// The hub keeps a fifth more than it sends out, for the restocks between rounds.
			total.forEach((item, sent) -> {
				int quantity = (int) Math.ceil(sent * 1.2);
				receipt.add(item.startsWith("NAL-") ? new TransferLine(item, quantity, "DEMO-" + month, expiry)
						: TransferLine.of(item, quantity));
			});
			if (!receipt.isEmpty()) {
				this.stockroom.receive(SEEDER, start.minusSeconds(7200), receipt, "demo-receipt-" + month);
			}
			transfers.forEach((site, lines) -> {
				if (!lines.isEmpty()) {
					this.stockroom.transfer(SEEDER, "HUB", site, start, lines, "demo-transfer-" + site + "-" + month);
				}
			});
		}
	}

}
