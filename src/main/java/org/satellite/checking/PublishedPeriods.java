package org.satellite.checking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.satellite.checking.internal.OpenData;
import org.satellite.checking.internal.Publication;
import org.satellite.checking.internal.Publication.Figures;
import org.satellite.checking.internal.Publication.Kind;
import org.satellite.checking.internal.Publication.Measure;
import org.satellite.checking.internal.Publication.Period;
import org.satellite.privacy.Disclosure;

import org.springframework.stereotype.Service;

/**
 * Drug checking's published figures of one month or one fortnight, read-only, for the
 * period reports other modules publish: exactly the counts {@code /data} shows, withheld
 * where {@code /data} withholds them. Reports built from these counts and nothing else
 * can give away nothing that the public figures do not already give, since every count
 * was protected together with everything else drug checking publishes (decision 0050).
 *
 * <p>
 * Only ended periods are published. A fortnight and a month have their totals; a quarter
 * has its samples by class of expected substance too (drug checking publishes no month by
 * class).
 */
@Service
public class PublishedPeriods {

	private final OpenData openData;

	PublishedPeriods(OpenData openData) {
		this.openData = openData;
	}

	/** The month's published figures; empty when it has not ended or had no samples. */
	public Optional<CheckingPeriod> month(YearMonth month) {
		Publication publication = this.openData.current();
		return publication.periods(Kind.MONTH)
			.stream()
			.filter((period) -> period.start().equals(month.atDay(1)))
			.findFirst()
			.map((period) -> of(publication.figures().get(period), true));
	}

	/**
	 * The last fortnight that has ended (fortnights follow one fixed grid of 14 days);
	 * empty when no sample was ever published.
	 */
	public Optional<CheckingPeriod> lastFortnight() {
		Publication publication = this.openData.current();
		return publication.periods(Kind.FORTNIGHT)
			.stream()
			.findFirst()
			.map((period) -> of(publication.figures().get(period), false));
	}

	/**
	 * The quarter's published figures, with its samples by class of expected substance;
	 * empty when it has not ended or had no samples.
	 */
	public Optional<CheckingPeriod> quarter(YearMonth firstMonth) {
		Publication publication = this.openData.current();
		return publication.periods(Kind.QUARTER)
			.stream()
			.filter((period) -> period.start().equals(firstMonth.atDay(1)))
			.findFirst()
			.map((period) -> of(publication.figures().get(period), true));
	}

	private static CheckingPeriod of(Figures figures, boolean byClass) {
		List<ExpectedShare> shares = new ArrayList<>();
		List<SubstanceClass> columns = new ArrayList<>(List.of(SubstanceClass.values()));
		columns.add(null);
		for (SubstanceClass expected : byClass ? columns : List.<SubstanceClass>of()) {
			Publication.Count samples = figures.count(Measure.SAMPLES, Publication.column(expected));
			// A figure drug checking does not publish (a month by class) is not a row.
			if (samples.mark() != null) {
				shares.add(new ExpectedShare(expected, count(samples)));
			}
		}
		Period period = figures.period();
		return new CheckingPeriod(period.start(), period.end(), count(figures.all(Measure.SAMPLES)),
				count(figures.all(Measure.FENTANYL)), count(figures.all(Measure.BENZODIAZEPINE)),
				count(figures.all(Measure.NOTABLE)), List.copyOf(shares));
	}

	private static Count count(Publication.Count count) {
		return new Count(count.value(), count.mark());
	}

	/**
	 * A published count: its value when shown, otherwise only how it is withheld.
	 *
	 * @param value the count, {@code null} unless {@code mark} is {@code SHOWN}
	 * @param mark how it is published
	 */
	public record Count(Long value, Disclosure.Mark mark) {

		public boolean shown() {
			return this.mark == Disclosure.Mark.SHOWN;
		}

		/**
		 * This count as a whole percent of {@code whole}; {@code null} when either is
		 * withheld or the whole is 0.
		 */
		public Integer shareOf(Count whole) {
			if (!shown() || !whole.shown() || whole.value() == 0) {
				return null;
			}
			return (int) Math.round(100.0 * this.value / whole.value());
		}

	}

	/**
	 * The samples of one class of expected substance.
	 *
	 * @param expected the class people expected; {@code null} for samples whose expected
	 * substance is not known
	 * @param samples how many
	 */
	public record ExpectedShare(SubstanceClass expected, Count samples) {
	}

	/**
	 * One period's published figures.
	 *
	 * @param first its first day
	 * @param last its last day
	 * @param samples the samples checked
	 * @param fentanyl those in which fentanyl or an analogue was found
	 * @param benzodiazepine those in which a benzodiazepine was found
	 * @param notable those with a notable finding
	 * @param byExpected samples by class of expected substance (quarters; empty where
	 * drug checking does not publish them)
	 */
	public record CheckingPeriod(LocalDate first, LocalDate last, Count samples, Count fentanyl, Count benzodiazepine,
			Count notable, List<ExpectedShare> byExpected) {
	}

}
