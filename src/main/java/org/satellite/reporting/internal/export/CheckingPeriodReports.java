package org.satellite.reporting.internal.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satellite.checking.PublishedPeriods;
import org.satellite.checking.PublishedPeriods.CheckingPeriod;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.FigureText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drug checking period report, as drug checking services publish them: the last two
 * weeks or one month, its key findings in words, and the samples by class of expected
 * substance. It is published outside the program, so it prints only drug checking's
 * published counts ({@link PublishedPeriods}), withheld where the public figures withhold
 * them: it can reveal nothing that {@code /data} does not (decision 0110).
 */
@Service
public class CheckingPeriodReports {

	/** What the period parameter names for the last fortnight that has ended. */
	public static final String FORTNIGHT = "fortnight";

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private final PublishedPeriods published;

	private final PdfDocuments pdf;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	CheckingPeriodReports(PublishedPeriods published, PdfDocuments pdf, ProgramTime time,
			ApplicationEventPublisher events, MessageSource messages) {
		this.messages = messages;
		this.published = published;
		this.pdf = pdf;
		this.time = time;
		this.events = events;
	}

	/**
	 * The report for {@code fortnight} (the default) or a month ({@code 2026-11}); a
	 * month that has not ended, or with no sample, is refused in words.
	 */
	public CheckingPeriod period(String text) {
		if (text == null || text.isBlank() || FORTNIGHT.equalsIgnoreCase(text.strip())) {
			return this.published.lastFortnight().orElseThrow(() -> new Refusal("reporting.export.checking.none"));
		}
		String written = text.strip().toUpperCase(Locale.ROOT);
		Matcher quarter = QUARTER.matcher(written);
		YearMonth month;
		try {
			month = quarter.matches()
					? YearMonth.of(Integer.parseInt(quarter.group(1)), 1 + 3 * (Integer.parseInt(quarter.group(2)) - 1))
					: YearMonth.parse(written);
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("reporting.export.checking.badPeriod", text.strip());
		}
		YearMonth last = quarter.matches() ? month.plusMonths(2) : month;
		LocalDate today = this.time.today();
		if (!last.atEndOfMonth().isBefore(today)) {
			throw new Refusal("reporting.export.checking.notEnded", text.strip());
		}
		Optional<CheckingPeriod> figures = quarter.matches() ? this.published.quarter(month)
				: this.published.month(month);
		return figures.orElseThrow(() -> new Refusal("reporting.export.checking.noSamples", text.strip()));
	}

	/** The report as seen on its page; written to the audit trail. */
	@Transactional
	public CheckingPeriod shown(String text) {
		CheckingPeriod period = period(text);
		this.events.publishEvent(new Audited("export.checking-period", label(period), "page"));
		return period;
	}

	/** The report as a PDF; written to the audit trail. */
	@Transactional
	public byte[] pdf(String text, Locale locale) {
		CheckingPeriod period = period(text);
		byte[] document = this.pdf.render("reporting/export/checking-period-pdf",
				Map.of("period", period, "label", label(period), "made", this.time.today(), "findings",
						findings(period, locale), "shares",
						CheckingFindings.shares(period, FigureText.in(this.messages, locale), locale)),
				locale);
		this.events.publishEvent(new Audited("export.checking-period", label(period), "PDF, " + locale.getLanguage()));
		return document;
	}

	/** The key findings as sentences in {@code locale}. */
	public List<String> findings(CheckingPeriod period, Locale locale) {
		return CheckingFindings.sentences(period, locale)
			.stream()
			.map((sentence) -> this.messages.getMessage(sentence, locale))
			.toList();
	}

	/** {@code 2026-11-02/2026-11-15}: the period's first and last day. */
	public static String label(CheckingPeriod period) {
		return period.first() + "/" + period.last();
	}

}
