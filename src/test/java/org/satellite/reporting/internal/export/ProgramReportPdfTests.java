package org.satellite.reporting.internal.export;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.satellite.platform.Audited;
import org.satellite.platform.Languages;
import org.satellite.reporting.internal.Audience;
import org.satellite.reporting.internal.OrgUnit;
import org.satellite.reporting.internal.ReportPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program report's PDF, drawn from the real template with known figures and read back
 * as text with PDFBox: every figure printed is the one {@code ReportFigures} gave,
 * written in the reader's language, and a month with nothing recorded says so in words.
 */
class ProgramReportPdfTests {

	static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

	static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2026, 10));

	final KnownFigures figures = new KnownFigures().set(KnownFigures.NEEDLES, OrgUnit.PROGRAM, NOVEMBER, "1482")
		.set(KnownFigures.RATIO, OrgUnit.PROGRAM, NOVEMBER, "0.8165")
		.set(KnownFigures.NALOXONE, OrgUnit.PROGRAM, NOVEMBER, "37")
		.set(KnownFigures.NEEDLES, KnownFigures.ZONE, NOVEMBER, "1482")
		.set(KnownFigures.NEEDLES, KnownFigures.SITE_1, NOVEMBER, "1000")
		.set(KnownFigures.NEEDLES, KnownFigures.SITE_2, NOVEMBER, "482")
		.set(KnownFigures.NALOXONE, KnownFigures.SITE_1, NOVEMBER, "30")
		.set(KnownFigures.NALOXONE, KnownFigures.SITE_2, NOVEMBER, "7")
		.set(KnownFigures.NEEDLES, OrgUnit.PROGRAM, ReportPeriod.month(YearMonth.of(2026, 9)), "1310");

	final List<Object> events = new ArrayList<>();

	final ProgramReports reports = new ProgramReports(this.figures, ExportTemplates.pdf(), ExportTemplates.TIME,
			this.events::add, ExportTemplates.messages());

	@Test
	void printsEachFigureOfTheMonthInEnglish() throws IOException {
		List<String> lines = lines(this.reports.pdf(OrgUnit.PROGRAM, NOVEMBER, Languages.ENGLISH));

		assertThat(lines).contains("Program report, 2026-11", "Needles distributed 1,482", "Return ratio 0.82",
				"Naloxone kits distributed 37", "Expected opioids with fentanyl No data");
		assertThat(lines).contains("Riverside (SAT-01) 1,000 No data 30", "Mont-Royal (SAT-02) 482 No data 7");
		assertThat(lines).anyMatch((line) -> line.startsWith("Needles handed out by peer workers."));
		assertThat(this.events).containsExactly(new Audited("export.program-report", "2026-11 PROGRAM", "PDF, en"));
		assertThat(this.figures.asked).containsOnly(Audience.INTERNAL);
	}

	@Test
	void printsTheSameFiguresInFrenchWithItsAccents() throws IOException {
		List<String> lines = lines(this.reports.pdf(OrgUnit.PROGRAM, NOVEMBER, Languages.FRENCH));

		assertThat(lines).contains("Rapport du programme, 2026-11", "Seringues distribuées 1 482",
				"Taux de retour 0,82", "Trousses de naloxone remises 37",
				"Opioïdes attendus contenant du fentanyl Aucune donnée", "Riverside (SAT-01) 1 000 Aucune donnée 30",
				"Chiffres clés", "Définitions");
	}

	@Test
	void aMonthWithNothingRecordedSaysSoInsteadOfZeros() throws IOException {
		List<String> lines = lines(this.reports.pdf(OrgUnit.PROGRAM, OCTOBER, Languages.ENGLISH));

		assertThat(String.join(" ", lines)).contains("Nothing was recorded for 2026-10: this report has no figures.");
		assertThat(lines).contains("Needles distributed No data", "Naloxone kits distributed No data");
		assertThat(lines).noneMatch((line) -> line.matches(".*(distributed|ratio|fentanyl) 0([.,]0+)?$"));
	}

	@Test
	void aZoneReportListsItsSitesOnly() throws IOException {
		List<String> lines = lines(this.reports.pdf(KnownFigures.ZONE, NOVEMBER, Languages.ENGLISH));

		assertThat(lines).contains("East side", "Needles distributed 1,482", "Riverside (SAT-01) 1,000 No data 30");
		assertThat(lines).noneMatch((line) -> line.startsWith("East side (EAST)"));
	}

	/** The PDF's text, line by line, with no-break spaces read as spaces. */
	static List<String> lines(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document)
				.lines()
				.map((line) -> line.replace('\u00a0', ' ').replace('\u202f', ' ').strip())
				.toList();
		}
	}

}
