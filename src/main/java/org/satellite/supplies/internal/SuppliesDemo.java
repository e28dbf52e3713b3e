package org.satellite.supplies.internal;

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
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Stock;
import org.satellite.supplies.Stockroom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo supplies, after the demo network: a year of supplies received at the
 * hub, moved to the sites, handed out and brought back. Site SAT-03 ends the year low on
 * naloxone with a restock request open, so that the coordinator has something to act on.
 */
@Component
class SuppliesDemo implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(SuppliesDemo.class);

	static final StaffMember SEEDER = new StaffMember("demo-seed", Role.ADMIN, Optional.empty());

	/**
	 * Each demo site of {@code network}, how busy it is, and the share of its hand-outs
	 * that go on to other people (the secondary distributor's is high).
	 */
	private static final Object[][] SITES = { { "SAT-01", 1.1, 0.15 }, { "SAT-02", 1.25, 0.15 },
			{ "SAT-03", 0.9, 0.15 }, { "SAT-04", 1.0, 0.15 }, { "SAT-05", 1.2, 0.15 }, { "SAT-06", 0.85, 0.15 },
			{ "SAT-07", 0.95, 0.7 }, { "SAT-08", 1.0, 0.15 }, { "SAT-09", 0.8, 0.15 } };

	/**
	 * The site that is running low, on this item, on whatever day the demo is seeded,
	 * with a restock request open.
	 */
	static final String LOW_SITE = "SAT-03";

	static final String LOW_ITEM = "NAL-NASAL";

	private static final Map<String, Integer> THRESHOLDS = Map.of("NDL-1", 150, "KIT-INJ", 10, "KIT-INH", 10,
			"NAL-NASAL", 6, "STRIP-FENT", 20);

	private final Stockroom stockroom;

	private final Stock stock;

	private final Restocks restocks;

	private final History history;

	private final ProgramTime time;

	SuppliesDemo(Stockroom stockroom, Stock stock, Restocks restocks, History history, ProgramTime time) {
		this.stockroom = stockroom;
		this.stock = stock;
		this.restocks = restocks;
		this.history = history;
		this.time = time;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional
	public void seed(DemoContext context) {
		if (!context.firstStart()) {
			return;
		}
		YearMonth first = this.time.thisMonth().minusMonths(context.historyMonths() - 1);
		Instant until = this.time.now().minusSeconds(3600);
		DemoHistory generated = new DemoHistory(context.seed(), this.time.zone());
		for (Object[] site : SITES) {
			generated.generate((String) site[0], (double) site[1], (double) site[2], first.atDay(1), until);
		}
		stockSites(generated, first);
		this.history.load(SEEDER, generated.distributions, generated.returns);
		for (Object[] site : SITES) {
			THRESHOLDS.forEach((item, minimum) -> this.stock.setThreshold(SEEDER, (String) site[0], item, minimum));
		}
		this.restocks.request(new StaffMember("demo-seed", Role.PEER_WORKER, Optional.of(LOW_SITE)), LOW_SITE);
		log.info("Demo mode: seeded {} sites with {} distributions and {} needle returns over {} months", SITES.length,
				generated.distributions.size(), generated.returns.size(), context.historyMonths());
	}

	/**
	 * Receives each month's supplies at the hub and tops every site up at the start of
	 * the month to a little more than it hands out in a month. SAT-03 is only ever given
	 * the naloxone it hands out, and two kits more this month, so that it is running low
	 * on any day the demo is seeded, the 1st of a month included.
	 */
	private void stockSites(DemoHistory generated, YearMonth first) {
		YearMonth current = this.time.thisMonth();
		// A month's round happens at 8:00 on its 1st; seeded earlier than that on the
		// 1st, it happened an hour ago.
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
				Map<String, Integer> expected = month.equals(current) ? generated.usedBy(code, month.minusMonths(1))
						: used;
				Set<String> items = new TreeSet<>(expected.keySet());
				items.addAll(used.keySet());
				List<TransferLine> lines = new ArrayList<>();
				items.forEach((item) -> {
					int target = (int) Math.ceil(expected.getOrDefault(item, 0) * 1.15) + 5;
					if (code.equals(LOW_SITE) && item.equals(LOW_ITEM)) {
						target = used.getOrDefault(item, 0) + (month.equals(current) ? 2 : 0);
					}
					int quantity = Math.max(0,
							Math.max(target, used.getOrDefault(item, 0)) - stock.getOrDefault(item, 0));
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
			// The hub keeps a fifth more than it sends out, for the restocks between
			// rounds.
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
