package org.satellite.reporting.web.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.satellite.checking.PublishedPeriods.CheckingPeriod;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.reporting.internal.FigureText;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportFigures;
import org.satellite.reporting.internal.ReportPeriod;
import org.satellite.reporting.internal.export.AdxExport;
import org.satellite.reporting.internal.export.CheckingFindings;
import org.satellite.reporting.internal.export.CheckingPeriodReports;
import org.satellite.reporting.internal.export.PeriodChoice;
import org.satellite.reporting.internal.export.ProgramReports;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every export of reporting, listed on one page, and the files themselves. A request that
 * cannot be answered (a period not started, a place not known, a mapping with codes
 * missing, a month with nothing published) gets the list page again with the reason in
 * words, never a blank page or an empty file. Each file is written to the audit trail by
 * the service that makes it.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
class ReportExportsController {

	private final ProgramReports programReports;

	private final AdxExport adx;

	private final CheckingPeriodReports checking;

	private final ReportFigures figures;

	private final ProgramTime time;

	private final MessageSource messages;

	ReportExportsController(ProgramReports programReports, AdxExport adx, CheckingPeriodReports checking,
			ReportFigures figures, ProgramTime time, MessageSource messages) {
		this.programReports = programReports;
		this.adx = adx;
		this.checking = checking;
		this.figures = figures;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/app/reports/exports")
	String exports(Model model) {
		list(model.asMap());
		return "reporting/export/exports";
	}

	@GetMapping("/app/reports/program.pdf")
	ResponseEntity<byte[]> programPdf(@RequestParam(required = false) String period,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String place, Locale page) {
		ReportPeriod chosen = PeriodChoice.read(period, this.time.today());
		OrgUnit where = this.programReports.place(place);
		Locale locale = language(lang, page);
		byte[] pdf = this.programReports.pdf(where, chosen, locale);
		String name = "program-report-" + chosen.key() + "-" + (where.equals(OrgUnit.PROGRAM) ? "" : where.code() + "-")
				+ locale.getLanguage() + ".pdf";
		return file(pdf, MediaType.APPLICATION_PDF, name);
	}

	@GetMapping("/app/reports/adx")
	ResponseEntity<byte[]> adx(@RequestParam(required = false) String period,
			@RequestParam(required = false) String level) {
		ReportPeriod chosen = PeriodChoice.read(period, this.time.today());
		OrgUnit.Level places = adxLevel(level);
		AdxExport.DataSet dataSet = this.adx.dataSet(chosen, places);
		return file(dataSet.xml(), MediaType.parseMediaType("application/adx+xml"),
				"adx-" + chosen.key() + "-" + places.name().toLowerCase(Locale.ROOT) + ".xml");
	}

	/**
	 * The places an ADX file is about: the zones unless the whole program is asked for.
	 * Sites' figures never leave the program (decision 0106), so a file of sites is
	 * refused in words rather than sent with every value withheld (decision 0109).
	 */
	static OrgUnit.Level adxLevel(String level) {
		if (level == null || level.isBlank() || "ZONE".equalsIgnoreCase(level)) {
			return OrgUnit.Level.ZONE;
		}
		if ("PROGRAM".equalsIgnoreCase(level)) {
			return OrgUnit.Level.PROGRAM;
		}
		if ("SITE".equalsIgnoreCase(level)) {
			throw new Refusal("reporting.export.adx.sitesStay");
		}
		throw new Refusal("reporting.export.adx.badLevel", level);
	}

	@GetMapping("/app/reports/checking-period")
	String checkingPeriod(@RequestParam(required = false) String period, Locale locale, Model model) {
		CheckingPeriod shown = this.checking.shown(period);
		model.addAttribute("period", shown);
		model.addAttribute("label", CheckingPeriodReports.label(shown));
		model.addAttribute("asked", (period == null || period.isBlank()) ? CheckingPeriodReports.FORTNIGHT : period);
		model.addAttribute("findings", this.checking.findings(shown, locale));
		model.addAttribute("shares", CheckingFindings.shares(shown, FigureText.in(this.messages, locale), locale));
		return "reporting/export/checking-period";
	}

	@GetMapping("/app/reports/checking-period.pdf")
	ResponseEntity<byte[]> checkingPeriodPdf(@RequestParam(required = false) String period,
			@RequestParam(required = false) String lang, Locale page) {
		Locale locale = language(lang, page);
		CheckingPeriod shown = this.checking.period(period);
		byte[] pdf = this.checking.pdf(period, locale);
		return file(pdf, MediaType.APPLICATION_PDF,
				"drug-checking-" + shown.first() + "-" + shown.last() + "-" + locale.getLanguage() + ".pdf");
	}

	/** The list of exports again, with the reason a request was refused. */
	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, Locale locale) {
		ModelAndView page = new ModelAndView("reporting/export/exports");
		list(page.getModelMap());
		page.addObject("problem", this.messages.getMessage(refusal, locale));
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	private void list(Map<String, Object> model) {
		LocalDate today = this.time.today();
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		YearMonth quarterEnd = lastMonth;
		while (quarterEnd.getMonthValue() % 3 != 0) {
			quarterEnd = quarterEnd.minusMonths(1);
		}
		String lastQuarter = quarterEnd.getYear() + "-Q" + quarterEnd.getMonthValue() / 3;
		model.put("lastMonth", lastMonth.toString());
		model.put("lastQuarter", lastQuarter);
		model.put("places", this.figures.places());
	}

	/** The language asked for, otherwise the page's. */
	private static Locale language(String lang, Locale page) {
		if (lang == null || lang.isBlank()) {
			return Languages.closestTo(page);
		}
		return "fr".equalsIgnoreCase(lang.strip()) ? Languages.FRENCH : Languages.ENGLISH;
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
