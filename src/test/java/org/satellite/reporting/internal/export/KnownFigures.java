package org.satellite.reporting.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.satellite.privacy.Disclosure;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.Indicator;
import org.satellite.reporting.internal.IndicatorUnit;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;

/**
 * A {@link ReportFigures} with figures set by the test, for the unit tests of the exports
 * before (and besides) the real rollups: a program with one zone of two sites. A figure
 * not set has nothing recorded; one set with a mark is withheld for outside readers.
 */
class KnownFigures implements ReportFigures {

	static final Indicator NEEDLES = new Indicator("NEEDLES_DISTRIBUTED", "Needles distributed",
			"Seringues distribuées", "Needles handed out by peer workers.", "Seringues remises par les pairs.",
			IndicatorUnit.COUNT, "supplies", true);

	static final Indicator RATIO = new Indicator("RETURN_RATIO", "Return ratio", "Taux de retour",
			"Needles returned per needle handed out.", "Seringues rapportées par seringue remise.", IndicatorUnit.RATIO,
			"supplies", false);

	static final Indicator NALOXONE = new Indicator("NALOXONE_KITS", "Naloxone kits distributed",
			"Trousses de naloxone remises", "Naloxone kits handed out.", "Trousses de naloxone remises.",
			IndicatorUnit.COUNT, "overdose", true);

	static final Indicator FENTANYL = new Indicator("FENTANYL_IN_EXPECTED_OPIOID", "Expected opioids with fentanyl",
			"Opioïdes attendus contenant du fentanyl", "Share of expected-opioid samples with fentanyl.",
			"Part des échantillons d’opioïdes attendus contenant du fentanyl.", IndicatorUnit.PERCENT, "checking",
			true);

	static final OrgUnit ZONE = new OrgUnit(OrgUnit.Level.ZONE, "EAST", "East side");

	static final OrgUnit SITE_1 = new OrgUnit(OrgUnit.Level.SITE, "SAT-01", "Riverside");

	static final OrgUnit SITE_2 = new OrgUnit(OrgUnit.Level.SITE, "SAT-02", "Mont-Royal");

	private final Map<String, Figure> set = new HashMap<>();

	/** What {@link #figures} and {@link #series} were asked, for the audience checks. */
	final List<Audience> asked = new ArrayList<>();

	KnownFigures set(Indicator indicator, OrgUnit place, ReportPeriod period, String value) {
		return set(indicator, place, period, value, Disclosure.Mark.SHOWN);
	}

	KnownFigures set(Indicator indicator, OrgUnit place, ReportPeriod period, String value, Disclosure.Mark mark) {
		this.set.put(key(indicator, place, period), new Figure(indicator, place, period,
				(value != null && mark == Disclosure.Mark.SHOWN) ? new BigDecimal(value) : null, mark));
		return this;
	}

	@Override
	public List<Indicator> catalogue() {
		return List.of(NEEDLES, RATIO, NALOXONE, FENTANYL);
	}

	@Override
	public List<OrgUnit> places() {
		return List.of(OrgUnit.PROGRAM, ZONE, SITE_1, SITE_2);
	}

	@Override
	public List<Figure> figures(OrgUnit place, ReportPeriod period, Audience audience) {
		this.asked.add(audience);
		List<Figure> figures = new ArrayList<>();
		for (OrgUnit inside : inside(place)) {
			for (Indicator indicator : catalogue()) {
				if (audience == Audience.EXTERNAL && !indicator.external()) {
					continue;
				}
				figures.add(figure(indicator, inside, period));
			}
		}
		return figures;
	}

	@Override
	public List<Figure> series(String indicatorCode, OrgUnit place, ReportPeriod last, int periods, Audience audience) {
		this.asked.add(audience);
		Indicator indicator = catalogue().stream().filter((i) -> i.code().equals(indicatorCode)).findFirst().get();
		List<Figure> series = new ArrayList<>();
		for (int i = periods - 1; i >= 0; i--) {
			series.add(figure(indicator, place,
					ReportPeriod.month(java.time.YearMonth.from(last.start()).minusMonths(i))));
		}
		return series;
	}

	private Figure figure(Indicator indicator, OrgUnit place, ReportPeriod period) {
		return this.set.getOrDefault(key(indicator, place, period),
				new Figure(indicator, place, period, null, Disclosure.Mark.SHOWN));
	}

	private List<OrgUnit> inside(OrgUnit place) {
		return switch (place.level()) {
			case PROGRAM -> places();
			case ZONE -> List.of(ZONE, SITE_1, SITE_2);
			case SITE -> List.of(place);
		};
	}

	private static String key(Indicator indicator, OrgUnit place, ReportPeriod period) {
		return indicator.code() + "|" + place.code() + "|" + period.key();
	}

}
