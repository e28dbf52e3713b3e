package org.satellite.checking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.DemoContext;
import org.satellite.platform.DemoSeed;
import org.satellite.platform.ProgramTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo drug checking service: about twenty samples a week at the demo sites
 * over the demo's months, generated from the demo seed (never from real data), with the
 * strips and FTIR components a service in a fentanyl market sees: fentanyl in most opioid
 * samples, benzodiazepines in a quarter of them, now and then xylazine or carfentanil,
 * and the odd stimulant with fentanyl in it. The newest sample is left open, with its
 * tests going on.
 */
@Component
class CheckingDemo implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(CheckingDemo.class);

	static final StaffMember CHECKER = new StaffMember("demo-checker", Role.CHECKER, Optional.empty());

	private static final String[] PLACES = { "site:SAT-01", "site:SAT-02", "site:SAT-04", "site:SAT-05", "site:SAT-06",
			"site:SAT-08", "zone:DT", "zone:EAST" };

	private final Samples samples;

	private final ProgramTime time;

	private final TransactionTemplate transactions;

	CheckingDemo(Samples samples, ProgramTime time, TransactionTemplate transactions) {
		this.samples = samples;
		this.time = time;
		this.transactions = transactions;
	}

	/**
	 * Comes after the demo network, whose sites and zones the samples name.
	 */
	@Override
	public int order() {
		return 90;
	}

	@Override
	public void seed(DemoContext context) {
		// One transaction: all the demo samples or none, and far quicker than one commit
		// per sample.
		this.transactions.executeWithoutResult((status) -> seed(context.seed(), context.historyMonths()));
	}

	/**
	 * Seeds the samples unless some are there already, and logs the code of one released
	 * sample with fentanyl so a visitor can try the public result page (the checker's
	 * page lists the latest codes too).
	 */
	private void seed(long seed, int historyMonths) {
		if (!this.samples.latest(1).isEmpty()) {
			return;
		}
		Random random = new Random(seed);
		LocalDate today = this.time.today();
		LocalDate first = today.minusMonths(Math.min(11, historyMonths)).withDayOfMonth(1);
		String shown = null;
		int count = 0;
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			int perDay = (day.getDayOfWeek().getValue() <= 5) ? 3 + random.nextInt(3) : random.nextInt(2);
			for (int i = 0; i < perDay; i++) {
				boolean last = day.equals(today) && i == perDay - 1;
				String code = sample(random, day, count++, !last);
				if (shown == null && !last && code != null) {
					shown = code;
				}
			}
		}
		log.info("Demo mode: seeded {} drug checking samples; try the public result page /results/{}", count,
				(shown != null) ? SampleCode.display(shown) : "-");
	}

	private String sample(Random random, LocalDate day, int number, boolean release) {
		double kind = random.nextDouble();
		String expected;
		SampleForm form;
		List<String> components = new ArrayList<>();
		if (kind < 0.45) {
			expected = (random.nextDouble() < 0.6) ? "Fentanyl" : "Down (unknown opioid)";
			form = (random.nextBoolean()) ? SampleForm.POWDER : SampleForm.ROCK;
			if (random.nextDouble() < 0.85) {
				components.add((random.nextDouble() < 0.7) ? "Fentanyl HCl" : "Fentanyl or Analog");
			}
			if (random.nextDouble() < 0.25) {
				components.add((random.nextBoolean()) ? "Etizolam" : "Bromazolam");
			}
			if (random.nextDouble() < 0.04) {
				components.add("Xylazine");
			}
			if (random.nextDouble() < 0.015) {
				components.add("Carfentanil HCl");
			}
			components.add(pick(random, "Caffeine", "Mannitol", "Erythritol", "Inositol"));
		}
		else if (kind < 0.65) {
			expected = (random.nextDouble() < 0.7) ? "Cocaine" : "Crack Cocaine";
			form = expected.startsWith("Crack") ? SampleForm.ROCK : SampleForm.POWDER;
			components.add(expected.startsWith("Crack") ? "Cocaine Base" : "Cocaine HCl");
			components.add(pick(random, "Levamisole", "Phenacetin", "Mannitol"));
			if (random.nextDouble() < 0.03) {
				components.add("Fentanyl HCl");
			}
		}
		else if (kind < 0.80) {
			expected = "Methamphetamine";
			form = SampleForm.CRYSTAL;
			components.add("Methamphetamine HCl");
			if (random.nextDouble() < 0.02) {
				components.add("Fentanyl HCl");
			}
		}
		else if (kind < 0.88) {
			expected = "MDMA";
			form = (random.nextBoolean()) ? SampleForm.PILL : SampleForm.CRYSTAL;
			components.add((random.nextDouble() < 0.85) ? "MDMA" : "N-Ethylpentylone");
		}
		else if (kind < 0.93) {
			expected = "Ketamine";
			form = SampleForm.POWDER;
			components.add("Ketamine HCl");
		}
		else if (kind < 0.97) {
			expected = "Alprazolam";
			form = SampleForm.PILL;
			components.add((random.nextDouble() < 0.6) ? "Etizolam" : "Alprazolam");
			components.add("Microcrystalline Cellulose");
		}
		else {
			expected = "Unknown";
			form = SampleForm.POWDER;
			components.add("Uncertain Match");
		}
		CollectionMode mode = pick(random, CollectionMode.WALK_IN, CollectionMode.WALK_IN, CollectionMode.WALK_IN,
				CollectionMode.OUTREACH, CollectionMode.PROXY, CollectionMode.MAIL_IN);
		Boolean beforeCut = (random.nextDouble() < 0.1) ? Boolean.TRUE : null;
		String key = "demo-checking-" + number;
		String code = this.samples.record(CHECKER,
				new NewSample(pick(random, PLACES), mode, expected, form, null, null, beforeCut), day, key);
		boolean fentanyl = components.stream().anyMatch((c) -> c.startsWith("Fentanyl") || c.startsWith("Carfentanil"));
		boolean benzo = components.stream().anyMatch((c) -> c.endsWith("zolam"));
		this.samples.recordStrip(CHECKER, code, Strip.FENTANYL, fentanyl ? StripResult.POSITIVE
				: (random.nextDouble() < 0.01) ? StripResult.INVALID : StripResult.NEGATIVE);
		if (random.nextDouble() < 0.6) {
			this.samples.recordStrip(CHECKER, code, Strip.BENZODIAZEPINE,
					benzo ? StripResult.POSITIVE : StripResult.NEGATIVE);
		}
		for (int i = 0; i < components.size(); i++) {
			MatchQuality quality = (random.nextDouble() < 0.9) ? MatchQuality.MATCH : MatchQuality.UNCERTAIN;
			BigDecimal percent = (i == 0 && random.nextDouble() < 0.3) ? BigDecimal.valueOf(2 + random.nextInt(30))
					: null;
			this.samples.recordComponent(CHECKER, code, components.get(i), quality, percent, key + "-" + i);
		}
		if (release) {
			this.samples.release(CHECKER, code);
		}
		return fentanyl ? code : null;
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
