package org.satellite.platform.web;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satellite.platform.web.BarChart.Point;
import org.satellite.platform.web.BarChart.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one chart's layout: a bar's length follows its value, a period with nothing to show
 * keeps its row with words and no bar, a share is drawn against 100, and a second series
 * is hatched, every bar in a row of its own period.
 */
class BarChartTests {

	@Test
	void theLongestValueIsTheLongestBarAndNoDataKeepsItsRowWithWords() {
		BarChart chart = BarChart.of("c", "Needles", "desc", "Period", List.of("Needles"), true,
				List.of(point("Oct 26", Value.of(100, "100")), point("Nov 26", Value.none("No data")),
						point("Dec 26", Value.of(50, "50"))),
				BarChart.PAGE_WIDTH);

		List<BarChart.Bar> bars = chart.rows().stream().map((row) -> row.bars().get(0)).toList();
		assertThat(bars.get(0).width()).isEqualTo(BarChart.PAGE_WIDTH - BarChart.AXIS - BarChart.VALUE_ROOM);
		assertThat(bars.get(2).width()).isEqualTo(bars.get(0).width() / 2);
		assertThat(bars.get(1).noData()).isTrue();
		assertThat(bars.get(1).width()).isZero();
		assertThat(bars.get(1).text()).isEqualTo("No data");
		assertThat(bars.get(1).valueX()).isGreaterThan(BarChart.AXIS);
		assertThat(chart.rows()).extracting(BarChart.Row::label).containsExactly("Oct 26", "Nov 26", "Dec 26");
		assertThat(bars.get(1).y()).isGreaterThan(bars.get(0).y() + bars.get(0).height());
		assertThat(chart.height()).isGreaterThan(bars.get(2).y() + bars.get(2).height());
	}

	@Test
	void aShareIsDrawnAgainstAHundredAndASecondSeriesIsHatchedInItsPeriodsRow() {
		BarChart shares = BarChart.of("s", "Share", "desc", "Month", List.of("Share"), false,
				List.of(point("Nov 26", Value.of(45, "45%"))), BarChart.PAGE_WIDTH, BigDecimal.valueOf(100));
		int room = BarChart.PAGE_WIDTH - BarChart.AXIS - BarChart.VALUE_ROOM;
		assertThat(shares.rows().get(0).bars().get(0).width()).isEqualTo(Math.round(room * 0.45f));

		BarChart two = BarChart.of("t", "Out and back", "desc", "Month", List.of("Out", "Back"), false,
				List.of(new Point("Nov 26", "2026-11", List.of(Value.of(10, "10"), Value.of(5, "5"))),
						new Point("Dec 26", "2026-12", List.of(Value.of(8, "8"), Value.of(2, "2")))),
				BarChart.PAGE_WIDTH);
		assertThat(two.legend()).isTrue();
		BarChart.Row november = two.rows().get(0);
		assertThat(november.bars()).extracting(BarChart.Bar::hatched).containsExactly(false, true);
		assertThat(november.bars().get(1).y()).isGreaterThan(november.bars().get(0).y());
		assertThat(two.rows().get(1).bars().get(0).y()).isGreaterThan(november.bars().get(1).y());
	}

	private static Point point(String label, Value value) {
		return new Point(label, label, List.of(value));
	}

}
