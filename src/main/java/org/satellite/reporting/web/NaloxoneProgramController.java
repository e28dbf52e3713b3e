package org.satellite.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.platform.Audited;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.Figure;
import org.satellite.reporting.internal.NaloxoneProgram;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.ReportPeriods;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The naloxone program CSV (decision 0111): the overdose response and naloxone table of
 * the program and every zone over a period, one row per place, the figures the
 * dashboard's overdose section shows. Written to the audit trail. The overdose module's
 * former addresses of this page and file send bookmarks here.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
class NaloxoneProgramController {

	private final NaloxoneProgram naloxone;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	NaloxoneProgramController(NaloxoneProgram naloxone, ProgramTime time, ApplicationEventPublisher events) {
		this.naloxone = naloxone;
		this.time = time;
		this.events = events;
	}

	/**
	 * @param period a quarter ({@code 2026-Q3}), a month or a year; the quarter holding
	 * this month when absent
	 */
	@GetMapping("/app/reporting/naloxone.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String period) {
		ReportPeriod shown = (period == null || period.isBlank())
				? ReportPeriods.holding(ReportPeriod.Granularity.QUARTER, this.time.thisMonth())
				: ReportPeriods.parse(period).orElseThrow(() -> new Refusal("reporting.dashboard.badPeriod"));
		if (shown.start().isAfter(this.time.thisMonth().atDay(1))) {
			throw new Refusal("reporting.dashboard.future");
		}
		List<String> header = new ArrayList<>(List.of("period", "level", "place", "name"));
		NaloxoneProgram.COLUMNS.forEach((code) -> header.add(code.toLowerCase(Locale.ROOT)));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (NaloxoneProgram.Row row : this.naloxone.rows(OrgUnit.PROGRAM, shown)) {
				List<Object> record = new ArrayList<>(
						List.of(shown.key(), row.place().level(), row.place().code(), row.place().name()));
				for (Figure figure : row.figures()) {
					record.add((figure.value() != null) ? figure.value().toPlainString() : "");
				}
				printer.printRecord(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new Audited("export.naloxone-quarterly", shown.key(), "the program and every zone"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("naloxone-" + shown.key() + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The overdose module's former figures page: now the dashboard's overdose section.
	 */
	@GetMapping("/app/coordinator/overdose/figures")
	ResponseEntity<Void> formerPage(@RequestParam(required = false) String month) {
		return moved(UriComponentsBuilder.fromPath("/app/reporting")
			.queryParamIfPresent("period", java.util.Optional.ofNullable(month).filter((text) -> !text.isBlank()))
			.fragment("overdose"));
	}

	/** The overdose module's former quarterly naloxone CSV. */
	@GetMapping("/app/coordinator/overdose/naloxone.csv")
	ResponseEntity<Void> formerCsv(@RequestParam(required = false) String quarter) {
		return moved(UriComponentsBuilder.fromPath("/app/reporting/naloxone.csv")
			.queryParamIfPresent("period", java.util.Optional.ofNullable(quarter).filter((text) -> !text.isBlank())));
	}

	/**
	 * A period that cannot be read, or has not started, gets the reason in words on a
	 * page, not an empty file.
	 */
	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal) {
		ModelAndView page = new ModelAndView("reporting/refused");
		page.addObject("problem", refusal.messageCode());
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	private static ResponseEntity<Void> moved(UriComponentsBuilder target) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(target.encode().build().toUri()).build();
	}

}
