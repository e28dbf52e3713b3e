package org.satellite.overdose.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.overdose.internal.NoCallReason;
import org.satellite.overdose.internal.OverdoseFigures;
import org.satellite.overdose.internal.OverdosePeriod;
import org.satellite.overdose.internal.ReplacementReason;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.referrals.ReferralKind;
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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month's overdose response, naloxone and referral figures of every site and of the
 * program, and the quarterly naloxone program export. Every export is written to the
 * audit trail.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
class OverdoseFiguresController {

	private final OverdoseFigures figures;

	private final Referrals referrals;

	private final Sites sites;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	OverdoseFiguresController(OverdoseFigures figures, Referrals referrals, Sites sites, ProgramTime time,
			ApplicationEventPublisher events, MessageSource messages) {
		this.messages = messages;
		this.figures = figures;
		this.referrals = referrals;
		this.sites = sites;
		this.time = time;
		this.events = events;
	}

	@GetMapping("/app/coordinator/overdose/figures")
	String month(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		List<OverdosePeriod> periods = this.figures.everySite(shown, 1);
		List<String> codes = new ArrayList<>(this.sites.all().stream().map(Site::code).toList());
		codes.add(null);
		Map<String, Map<ReferralKind, Long>> referralsBySite = new LinkedHashMap<>();
		for (String code : codes) {
			referralsBySite.put((code != null) ? code : "",
					this.referrals.byKind(code, this.time.startOf(shown), this.time.startOf(shown.plusMonths(1))));
		}
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1).isAfter(this.time.thisMonth()) ? null : shown.plusMonths(1));
		model.addAttribute("periods", periods);
		model.addAttribute("program", periods.get(periods.size() - 1));
		model.addAttribute("referrals", referralsBySite);
		model.addAttribute("kinds", ReferralKind.values());
		model.addAttribute("reasons", NoCallReason.values());
		model.addAttribute("quarter", Quarter.of(shown));
		return "overdose/figures";
	}

	@GetMapping("/app/coordinator/overdose/naloxone.csv")
	@Transactional
	ResponseEntity<byte[]> naloxoneCsv(@RequestParam(required = false) String quarter) {
		Quarter period = (quarter != null) ? Quarter.parse(quarter) : Quarter.of(this.time.thisMonth());
		List<String> header = new ArrayList<>(
				List.of("site", "zone", "quarter", "overdose_responses", "naloxone_administrations", "naloxone_doses",
						"nasal_doses", "injectable_doses", "survived", "died", "outcome_unknown", "called_911"));
		for (NoCallReason reason : NoCallReason.values()) {
			header.add("not_called_" + reason.name().toLowerCase(Locale.ROOT));
		}
		header.addAll(List.of("stayed_with_person", "kits_distributed", "kits_first"));
		for (ReplacementReason reason : ReplacementReason.values()) {
			header.add("kits_replacing_" + reason.name().toLowerCase(Locale.ROOT));
		}
		header.add("kits_reason_not_recorded");
		Map<String, String> zones = this.sites.all().stream().collect(Collectors.toMap(Site::code, Site::zoneCode));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (OverdosePeriod site : this.figures.everySite(period.firstMonth(), 3)) {
				List<Object> row = new ArrayList<>(List.of((site.siteCode() != null) ? site.siteCode() : "ALL",
						(site.siteCode() != null) ? zones.get(site.siteCode()) : "", period.toString(),
						site.responses(), site.administrations(), site.doses(), site.nasalDoses(),
						site.injectableDoses(), site.survived(), site.died(), site.outcomeUnknown(), site.called911()));
				for (NoCallReason reason : NoCallReason.values()) {
					row.add(site.noCall().get(reason));
				}
				row.addAll(List.of(site.stayed(), site.kitsDistributed(), site.kitsByReason().get("FIRST")));
				for (ReplacementReason reason : ReplacementReason.values()) {
					row.add(site.kitsByReason().get(reason.name()));
				}
				row.add(site.kitsByReason().get(OverdoseFigures.REASON_NOT_RECORDED));
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new Audited("export.naloxone-quarterly", period.toString(), "every site"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("naloxone-" + period + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A month or quarter that cannot be read gets a plain sentence saying how to write
	 * it, not an error page.
	 */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<String> refused(Refusal refusal, Locale locale) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(this.messages.getMessage(refusal, locale));
	}

	private YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return this.time.thisMonth();
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("overdose.error.badMonth");
		}
	}

}
