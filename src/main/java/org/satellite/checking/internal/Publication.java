package org.satellite.checking.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.satellite.checking.SubstanceClass;
import org.satellite.privacy.Disclosure.Mark;
import org.satellite.privacy.SmallCells;

/**
 * Everything drug checking publishes, protected together by one
 * {@link org.satellite.privacy.Disclosure}: the figures of every period (years, quarters,
 * months, fortnights) by class of expected substance, and of years and quarters by
 * expected substance. A withheld count carries no value here, so no page or file can
 * print it by mistake.
 *
 * @param version the version of the rollup it was built from
 * @param day the day it was built for: only periods that had ended by then are published
 * @param periods newest first, each kind together: years, quarters, months, fortnights
 * @param figures each period's counts, by measure then column ({@link #COLUMNS})
 * @param substances for years and quarters, each expected substance's counts by measure
 * @param vocabulary every substance of the vocabulary, by class
 */
public record Publication(long version, LocalDate day, List<Period> periods, Map<Period, Figures> figures,
		Map<Period, List<SubstanceFigures>> substances, List<Substance> vocabulary) {

	/**
	 * The columns of the figures: all samples, then each class of expected substance,
	 * then samples of no known class.
	 */
	public static final List<String> COLUMNS = columns();

	/** What is counted. */
	public enum Measure {

		SAMPLES, FENTANYL, BENZODIAZEPINE, NOTABLE

	}

	/** The kinds of period, longest first. */
	public enum Kind {

		YEAR, QUARTER, MONTH, FORTNIGHT

	}

	/** A period, first and last day included. */
	public record Period(Kind kind, LocalDate start, LocalDate end) {

		/**
		 * {@code 2020}, {@code 2020-Q3}, {@code 2020-08} or {@code 2020-08-03/2020-08-16}
		 * (ISO 8601).
		 */
		public String label() {
			return switch (this.kind) {
				case YEAR -> Integer.toString(this.start.getYear());
				case QUARTER -> this.start.getYear() + "-Q" + ((this.start.getMonthValue() + 2) / 3);
				case MONTH -> YearMonth.from(this.start).toString();
				case FORTNIGHT -> this.start.format(DateTimeFormatter.ISO_LOCAL_DATE) + "/"
						+ this.end.format(DateTimeFormatter.ISO_LOCAL_DATE);
			};
		}

	}

	/**
	 * A published count: its value when shown, otherwise only how it is withheld
	 * ({@code null}: never published).
	 */
	public record Count(Long value, Mark mark) {

		/**
		 * A figure this publication does not give at all (findings by class of a month).
		 */
		public static final Count UNPUBLISHED = new Count(null, null);

		public static Count of(long value, Mark mark) {
			return new Count((mark == Mark.SHOWN) ? value : null, mark);
		}

		/** The count, {@code <5} or {@code hidden}, as the CSV files write it. */
		public String text() {
			if (this.mark == null) {
				return "";
			}
			return switch (this.mark) {
				case SHOWN -> this.value.toString();
				case SMALL -> SmallCells.SUPPRESSED;
				case HIDDEN -> SmallCells.HIDDEN;
			};
		}

		public boolean shown() {
			return this.mark == Mark.SHOWN;
		}

		/**
		 * The part as a whole percent of the whole, {@code null} when either is withheld
		 * or the whole is 0.
		 */
		public Integer shareOf(Count whole) {
			if (!shown() || !whole.shown() || whole.value() == 0) {
				return null;
			}
			return (int) Math.round(100.0 * this.value / whole.value());
		}

	}

	/**
	 * One period's counts: {@code counts.get(measure.ordinal()).get(column)}; a fortnight
	 * has the ALL column only.
	 */
	public record Figures(Period period, List<List<Count>> counts) {

		public Count count(Measure measure, int column) {
			return this.counts.get(measure.ordinal()).get(column);
		}

		public Count all(Measure measure) {
			return count(measure, 0);
		}

	}

	/** One expected substance's counts in a year or a quarter, by measure. */
	public record SubstanceFigures(Substance substance, List<Count> counts) {

		public Count count(Measure measure) {
			return this.counts.get(measure.ordinal());
		}

	}

	/** The periods of one kind, newest first. */
	public List<Period> periods(Kind kind) {
		return this.periods.stream().filter((period) -> period.kind() == kind).toList();
	}

	/** The column of a class, {@code UNKNOWN} for none. */
	public static int column(SubstanceClass expected) {
		return (expected != null) ? 1 + expected.ordinal() : COLUMNS.size() - 1;
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>();
		columns.add("ALL");
		for (SubstanceClass c : SubstanceClass.values()) {
			columns.add(c.name());
		}
		columns.add("UNKNOWN");
		return List.copyOf(columns);
	}

}
