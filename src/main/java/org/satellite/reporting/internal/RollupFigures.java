package org.satellite.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.satellite.platform.ProgramTime;
import org.satellite.privacy.Disclosure;

import org.springframework.stereotype.Service;

/**
 * {@link ReportFigures} from the rollups: a zone is its sites' cells and its own (for
 * indicators kept by zone), the program is every cell. Figures that leave the program
 * come from one protected publication ({@link PublicFigures}).
 */
@Service
class RollupFigures implements ReportFigures {

	private final Cells cells;

	private final ReportPlaces places;

	private final ProgramTime time;

	private final PublicFigures publication;

	RollupFigures(Cells cells, ReportPlaces places, ProgramTime time, PublicFigures publication) {
		this.cells = cells;
		this.places = places;
		this.time = time;
		this.publication = publication;
	}

	@Override
	public List<Indicator> catalogue() {
		return Indicators.all();
	}

	@Override
	public List<OrgUnit> places() {
		return this.places.all();
	}

	@Override
	public List<Figure> figures(OrgUnit place, ReportPeriod period, Audience audience) {
		if (audience == Audience.EXTERNAL) {
			return this.publication.figures(place, period);
		}
		List<OrgUnit> units = this.places.within(place);
		Map<OrgUnit, Map<String, long[]>> totals = this.cells.totals(units, period);
		List<Figure> figures = new ArrayList<>();
		for (OrgUnit unit : units) {
			for (Indicator indicator : Indicators.all()) {
				if (indicator.keptFor(unit.level())) {
					figures.add(figure(indicator, unit, period, totals.get(unit).get(indicator.code())));
				}
			}
		}
		return figures;
	}

	@Override
	public List<Figure> series(String indicatorCode, OrgUnit place, ReportPeriod last, int periods, Audience audience) {
		Indicator indicator = Indicators.find(indicatorCode)
			.orElseThrow(() -> new IllegalArgumentException("No indicator " + indicatorCode));
		List<Figure> series = new ArrayList<>();
		for (int back = periods - 1; back >= 0; back--) {
			ReportPeriod period = ReportPeriods.minus(last, back);
			if (audience == Audience.EXTERNAL) {
				series.add(this.publication.figure(indicator, place, period));
			}
			else {
				long[] cell = this.cells.totals(List.of(place), period).get(place).get(indicatorCode);
				series.add(figure(indicator, place, period, cell));
			}
		}
		return series;
	}

	/** Whether the period starts after this month: nothing can have been recorded. */
	boolean future(ReportPeriod period) {
		return period.start().isAfter(this.time.thisMonth().atDay(1));
	}

	static Figure figure(Indicator indicator, OrgUnit place, ReportPeriod period, long[] cell) {
		return new Figure(indicator, place, period, value(indicator, cell), Disclosure.Mark.SHOWN);
	}

	/**
	 * The value of summed cells: null when nothing was recorded or a share has no
	 * denominator.
	 */
	static BigDecimal value(Indicator indicator, long[] cell) {
		if (cell == null) {
			return null;
		}
		return switch (indicator.unit()) {
			case COUNT, MINUTES -> BigDecimal.valueOf(cell[0]);
			case RATIO -> (cell[1] == 0) ? null
					: BigDecimal.valueOf(cell[0]).divide(BigDecimal.valueOf(cell[1]), 2, RoundingMode.HALF_UP);
			case PERCENT -> (cell[1] == 0) ? null
					: BigDecimal.valueOf(cell[0] * 100L).divide(BigDecimal.valueOf(cell[1]), 1, RoundingMode.HALF_UP);
		};
	}

}
