package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.satellite.platform.ProgramTime;
import org.satellite.privacy.Disclosure;
import org.satellite.privacy.Disclosure.Mark;

import org.springframework.stereotype.Component;

/**
 * The one publication of figures that leave the program: the external indicators of the
 * program and of each zone, for each of the twelve months ending with the last complete
 * month, protected together by {@link Disclosure} (the month's program total is the sum
 * of its zones; responses with naloxone and people who survived are at most the
 * responses). Sites never leave the program. A quarter or a year is shown only when every
 * month of it is shown (its total then gives nothing the months did not); a period
 * outside the twelve months is not published.
 */
@Component
public class PublicFigures {

	static final int MONTHS = 12;

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final Cells cells;

	private final ReportPlaces places;

	private final ProgramTime time;

	private Publication current;

	PublicFigures(Cells cells, ReportPlaces places, ProgramTime time) {
		this.cells = cells;
		this.places = places;
		this.time = time;
	}

	/** The last month published. */
	public YearMonth lastMonth() {
		return this.time.thisMonth().minusMonths(1);
	}

	public List<Figure> figures(OrgUnit place, ReportPeriod period) {
		List<OrgUnit> units = new ArrayList<>(List.of(place));
		if (place.level() == OrgUnit.Level.PROGRAM) {
			units.addAll(this.places.zones());
		}
		List<Figure> figures = new ArrayList<>();
		for (OrgUnit unit : units) {
			for (Indicator indicator : Indicators.all()) {
				if (indicator.external() && indicator.keptFor(unit.level())) {
					figures.add(figure(indicator, unit, period));
				}
			}
		}
		return figures;
	}

	Figure figure(Indicator indicator, OrgUnit place, ReportPeriod period) {
		Publication publication = publication();
		if (!indicator.external() || place.level() == OrgUnit.Level.SITE) {
			return new Figure(indicator, place, period, null, Mark.HIDDEN);
		}
		long total = 0;
		boolean shown = true;
		for (YearMonth month = YearMonth.from(period.start()); month
			.isBefore(YearMonth.from(period.end())); month = month.plusMonths(1)) {
			String id = id(indicator.code(), place.code(), month);
			Mark mark = publication.marks.get(id);
			if (mark == null) {
				return new Figure(indicator, place, period, null, Mark.SHOWN);
			}
			total += publication.values.get(id);
			shown &= mark == Mark.SHOWN;
		}
		if (shown) {
			return new Figure(indicator, place, period, BigDecimal.valueOf(total), Mark.SHOWN);
		}
		return new Figure(indicator, place, period, null, (total < Disclosure.K) ? Mark.SMALL : Mark.HIDDEN);
	}

	/**
	 * Every figure published, month by month: what the public CSV holds, and what an
	 * attacker has.
	 */
	public List<Figure> published() {
		Publication publication = publication();
		List<OrgUnit> units = new ArrayList<>(List.of(OrgUnit.PROGRAM));
		units.addAll(this.places.zones());
		List<Figure> figures = new ArrayList<>();
		for (int back = MONTHS - 1; back >= 0; back--) {
			ReportPeriod month = ReportPeriod.month(publication.last.minusMonths(back));
			for (OrgUnit unit : units) {
				for (Indicator indicator : Indicators.all()) {
					if (indicator.external()) {
						figures.add(figure(indicator, unit, month));
					}
				}
			}
		}
		return figures;
	}

	/** Made again at the next request: the rollups were rebuilt. */
	synchronized void forget() {
		this.current = null;
	}

	private synchronized Publication publication() {
		YearMonth last = lastMonth();
		if (this.current == null || !this.current.last.equals(last)
				|| this.current.made.plus(KEPT).isBefore(Instant.now())) {
			this.current = protect(last);
		}
		return this.current;
	}

	/**
	 * Every cell of the twelve months, their sums, and the marks the policy gives them.
	 */
	Publication protect(YearMonth last) {
		List<OrgUnit> zones = this.places.zones();
		List<OrgUnit> units = new ArrayList<>(List.of(OrgUnit.PROGRAM));
		units.addAll(zones);
		Disclosure disclosure = new Disclosure();
		Map<String, Long> values = new HashMap<>();
		for (int back = MONTHS - 1; back >= 0; back--) {
			YearMonth month = last.minusMonths(back);
			Map<OrgUnit, Map<String, long[]>> totals = this.cells.totals(units, ReportPeriod.month(month));
			for (Indicator indicator : Indicators.all()) {
				if (!indicator.external()) {
					continue;
				}
				boolean headline = indicator.code().equals("NEEDLES_DISTRIBUTED")
						|| indicator.code().equals("OVERDOSE_RESPONSES");
				String whole = id(indicator.code(), OrgUnit.PROGRAM.code(), month);
				long programValue = count(totals.get(OrgUnit.PROGRAM), indicator);
				disclosure.cell(whole, programValue, headline ? 4 : 3, month.toString());
				values.put(whole, programValue);
				List<String> parts = new ArrayList<>();
				long zonesTotal = 0;
				for (OrgUnit zone : zones) {
					String id = id(indicator.code(), zone.code(), month);
					long value = count(totals.get(zone), indicator);
					disclosure.cell(id, value, headline ? 2 : 1, month.toString());
					values.put(id, value);
					parts.add(id);
					zonesTotal += value;
				}
				if (zonesTotal != programValue) {
					// Records of no known zone (a drug checking sample mailed in): never
					// published, still bound by the sum.
					String elsewhere = id(indicator.code(), "ELSEWHERE", month);
					disclosure.piece(elsewhere, programValue - zonesTotal);
					parts.add(elsewhere);
				}
				disclosure.sum(whole, parts);
			}
			for (OrgUnit unit : units) {
				String responses = id("OVERDOSE_RESPONSES", unit.code(), month);
				disclosure.atMost(id("NALOXONE_ADMINISTRATIONS", unit.code(), month), responses);
				disclosure.atMost(id("PEOPLE_SURVIVED", unit.code(), month), responses);
			}
		}
		return new Publication(last, Instant.now(), disclosure.protect(), values);
	}

	static String id(String indicator, String place, YearMonth month) {
		return indicator + "|" + place + "|" + month;
	}

	private static long count(Map<String, long[]> cells, Indicator indicator) {
		long[] cell = cells.get(indicator.code());
		return (cell != null) ? cell[0] : 0;
	}

	record Publication(YearMonth last, Instant made, Map<String, Mark> marks, Map<String, Long> values) {
	}

}
