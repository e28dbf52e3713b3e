package org.satellite.referrals.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.referrals.Referrals;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Referrals by site, kind and outcome over whole months, as CSV. Every export is written
 * to the audit trail.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
class ReferralsExportController {

	private final Referrals referrals;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ReferralsExportController(Referrals referrals, ProgramTime time, ApplicationEventPublisher events,
			MessageSource messages) {
		this.referrals = referrals;
		this.time = time;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * @param from the first month, {@code 2026-10}; this month when absent
	 * @param months how many months, 1 to 24
	 */
	@GetMapping("/app/coordinator/referrals.csv")
	@Transactional
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from,
			@RequestParam(defaultValue = "1") int months) {
		YearMonth first;
		try {
			first = (from == null || from.isBlank()) ? this.time.thisMonth() : YearMonth.parse(from.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("referrals.error.badMonth");
		}
		if (months < 1 || months > 24) {
			throw new Refusal("referrals.error.badMonths");
		}
		YearMonth last = first.plusMonths(months - 1);
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder().setHeader("site", "from", "to", "kind", "outcome", "referrals").get())) {
			for (Referrals.Count count : this.referrals.byKindAndOutcome(this.time.startOf(first),
					this.time.startOf(last.plusMonths(1)))) {
				printer.printRecord(count.siteCode(), first, last, count.kind(), count.outcome(), count.referrals());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new Audited("export.referrals", first + ".." + last, "every site"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("referrals-" + first + "-" + last + ".csv")
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<String> refused(Refusal refusal, Locale locale) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(this.messages.getMessage(refusal, locale));
	}

}
