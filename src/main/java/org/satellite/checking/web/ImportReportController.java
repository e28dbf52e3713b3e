package org.satellite.checking.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.satellite.checking.internal.ImportReports;
import org.satellite.checking.internal.ImportStatus;
import org.satellite.checking.internal.Imports;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The full report of an import as a CSV file (UTF-8 with a byte order mark so
 * spreadsheets read accents): one line per row reported, with its line in the file,
 * whether it was imported, the reason in the reader's language, and the row as written.
 * The page shows only a summary.
 */
@Controller
@PreAuthorize("hasAnyRole('CHECKER', 'ADMIN')")
class ImportReportController {

	private final Imports imports;

	private final ImportReports reports;

	private final MessageSource messages;

	ImportReportController(Imports imports, ImportReports reports, MessageSource messages) {
		this.imports = imports;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/app/checking/imports/{id}/report.csv")
	void report(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
		ImportStatus status = this.imports.status(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-report-" + id + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
		csv.printRecord(say("checking.report.line", locale), say("checking.report.outcome", locale),
				say("checking.report.reason", locale), say("checking.report.row", locale));
		try {
			this.reports.eachProblem(status.id(), (problem) -> {
				try {
					csv.printRecord(problem.line(),
							say(problem.landed() ? "checking.report.landed" : "checking.report.skipped", locale),
							this.messages.getMessage(problem.reason(), new Object[] { problem.argument() }, locale),
							problem.excerpt());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	private String say(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
