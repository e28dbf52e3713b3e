package org.satellite.supplies.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a year in the life of the demo sites: about six encounters a day per site,
 * around 1,500 needles a month, with most needles coming back each week. The generator is
 * seeded, so a given day always gives the same history.
 */
class DemoHistory {

	final List<PastDistribution> distributions = new ArrayList<>();

	final List<PastReturn> returns = new ArrayList<>();

	/**
	 * What each site handed out per month and item, for planning the transfers that
	 * stocked it.
	 */
	final Map<String, Map<YearMonth, Map<String, Integer>>> handedOut = new LinkedHashMap<>();

	private final Random random;

	private final ZoneId zone;

	DemoHistory(long seed, ZoneId zone) {
		this.random = new Random(seed);
		this.zone = zone;
	}

	void generate(String site, double size, double secondaryShare, LocalDate from, Instant until) {
		int weekNeedles = 0;
		for (LocalDate day = from; day.atStartOfDay(this.zone).toInstant().isBefore(until); day = day.plusDays(1)) {
			int encounters = poisson(6.2 * size);
			for (int i = 0; i < encounters; i++) {
				Instant when = day.atTime(10 + this.random.nextInt(10), this.random.nextInt(60))
					.atZone(this.zone)
					.toInstant();
				if (when.isAfter(until)) {
					continue;
				}
				Map<String, Integer> items = encounter();
				int alsoFor = (this.random.nextDouble() < secondaryShare) ? 1 + this.random.nextInt(5) : 0;
				this.distributions.add(new PastDistribution(site, when, items, alsoFor));
				YearMonth month = YearMonth.from(day);
				items.forEach((item, quantity) -> this.handedOut.computeIfAbsent(site, (key) -> new LinkedHashMap<>())
					.computeIfAbsent(month, (key) -> new LinkedHashMap<>())
					.merge(item, quantity, Integer::sum));
				weekNeedles += items.getOrDefault("NDL-1", 0) + items.getOrDefault("NDL-05", 0)
						+ 10 * items.getOrDefault("KIT-INJ", 0);
			}
			if (day.getDayOfWeek() == DayOfWeek.FRIDAY && weekNeedles > 0) {
				int back = (int) Math.round(weekNeedles * (0.62 + 0.25 * this.random.nextDouble()));
				Instant when = day.atTime(16, 30).atZone(this.zone).toInstant();
				if (back > 0 && when.isBefore(until)) {
					this.returns.add(new PastReturn(site, when, back));
				}
				weekNeedles = 0;
			}
		}
	}

	/**
	 * What a site handed out in a month, item by item.
	 */
	Map<String, Integer> usedBy(String site, YearMonth month) {
		return this.handedOut.getOrDefault(site, Map.of()).getOrDefault(month, Map.of());
	}

	private Map<String, Integer> encounter() {
		Map<String, Integer> items = new LinkedHashMap<>();
		double kind = this.random.nextDouble();
		if (kind < 0.45) {
			items.put("NDL-1", pick(5, 10, 10, 10, 15, 20));
			if (this.random.nextBoolean()) {
				items.put("SWAB", pick(10, 20));
				items.put("WATER", pick(5, 10));
			}
			if (this.random.nextDouble() < 0.3) {
				items.put("COOKER", pick(5, 10));
			}
		}
		else if (kind < 0.60) {
			items.put("KIT-INJ", pick(1, 1, 2));
		}
		else if (kind < 0.75) {
			if (this.random.nextBoolean()) {
				items.put("KIT-INH", pick(1, 1, 2));
			}
			else {
				items.put("STEM", pick(1, 2));
				items.put("MOUTHPIECE", pick(2, 4));
			}
		}
		else if (kind < 0.83) {
			items.put("NAL-NASAL", pick(1, 1, 2));
		}
		else if (kind < 0.90) {
			items.put("STRIP-FENT", pick(2, 3, 5));
			if (this.random.nextDouble() < 0.3) {
				items.put("STRIP-BENZO", pick(2, 3));
			}
		}
		else if (kind < 0.95) {
			items.put("NDL-05", pick(10, 20));
		}
		else {
			items.put("CONDOM", pick(3, 6));
			items.put("LUBE", pick(2, 3));
		}
		return items;
	}

	private int pick(int... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			count++;
		}
		return count;
	}

}
