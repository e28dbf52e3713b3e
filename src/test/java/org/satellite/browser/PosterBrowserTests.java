package org.satellite.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable poster of an alert with the longest words the alert form accepts, printed
 * by Chromium in English and French on letter and A4 paper: one page each time, with the
 * headline, the dates and how to stop, and without the site's navigation. Pages are
 * counted by PDFBox in the PDF Chromium writes, which is left in {@code target/browser/}
 * for a person to look at.
 */
class PosterBrowserTests extends BrowserTestSupport {

	static final StaffMember WRITER = new StaffMember("poster-writer", Role.COORDINATOR, Optional.empty());

	static final StaffMember APPROVER = new StaffMember("poster-approver", Role.COORDINATOR, Optional.empty());

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@ParameterizedTest(name = "{0} poster on {1} paper")
	@CsvSource({ "en, Letter", "en, A4", "fr, Letter", "fr, A4" })
	void thePosterOfAnAlertWithTheLongestTextsPrintsOnOnePage(String language, String paper) throws IOException {
		Alert alert = longestAlert();
		open(Screen.DESKTOP, language);
		visit("/alerts/" + alert.id() + "/poster");

		Path printed = Paths.get("target", "browser", "PosterBrowserTests-" + language + "-" + paper + ".pdf");
		byte[] pdf = this.page.pdf(new Page.PdfOptions().setFormat(paper).setPath(printed));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages of the %s poster on %s paper", language, paper)
				.isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			Locale locale = Locale.forLanguageTag(language);
			String expires = DateTimeFormatter.ISO_LOCAL_DATE.format(alert.expiresAt().atZone(this.time.zone()));
			assertThat(text).contains(alert.text().headline(locale).substring(0, 40));
			if (language.equals("fr")) {
				assertThat(text).contains("Valide jusqu’au " + expires, "ARRET", "Urgent", "Quoi faire");
			}
			else {
				assertThat(text).contains("Valid until " + expires, "STOP", "Urgent", "What to do");
			}
			assertThat(text).as("navigation is not printed")
				.doesNotContain("Log in", "Se connecter", "Back to the alert", "Retour à l’alerte");
		}
	}

	@Test
	void thePosterOnScreenIsAccessibleAndLinksBackToTheAlert() {
		Alert alert = longestAlert();
		visit("/alerts/" + alert.id() + "/poster");

		assertThat(this.page.locator("h1").textContent()).isEqualTo(alert.text().headlineEn());
		assertThat(this.page.locator("main").textContent()).contains("Back to the alert");
		assertAccessible();
	}

	/**
	 * An issued urgent alert in six zones with every text as long as the alert form
	 * accepts.
	 */
	Alert longestAlert() {
		List<String> zones = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String code = "PW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
			this.sites.addZone(code, "Westmount Waterfront Market District " + code,
					"Quartier du Marché Riverain " + code);
			zones.add(code);
		}
		List<String> substances = new ArrayList<>();
		String names = "";
		for (int i = 0; names.length() < AlertDesk.MAX_SUBSTANCES - 20; i++) {
			substances.add("N-methyl-MWM-fentanyl " + i);
			names = String.join(", ", substances);
		}
		AlertText text = new AlertText(fill("WARNING: MMMW pills sold as Xanax MW-44 contain carfentanil, ", 160),
				fill("AVERTISSEMENT : des pilules MMMW vendues comme Xanax contiennent du carfentanil, ", 160),
				fill("Drug checking found carfentanil and bromazolam in pale blue pills marked MW 44, sold as Xanax. "
						+ "Several people went down within minutes.\nWhat people reported:\n“Worse than anything we knew.”\n",
						AlertDesk.MAX_BODY),
				fill("La vérification des drogues a trouvé du carfentanil et du bromazolam dans des pilules bleu pâle "
						+ "marquées MW 44, vendues comme Xanax.\nCe que les personnes ont signalé :\n“Pire que tout.”\n",
						AlertDesk.MAX_BODY),
				fill("Do not use alone, start with a very small amount, keep naloxone close and call 911 if someone is hard to wake. ",
						AlertDesk.MAX_INSTRUCTION),
				fill("Ne consommez pas seul·e, commencez par une toute petite quantité, gardez la naloxone près de vous. ",
						AlertDesk.MAX_INSTRUCTION),
				"Drug alert: carfentanil in blue MW 44 pills sold as Xanax. Do not use alone.",
				"Alerte : carfentanil dans des pilules bleues MW 44 vendues comme Xanax. Pas seul·e.");
		AlertDraft draft = new AlertDraft(Severity.URGENT, zones, substances, List.of(SubstanceClass.OPIOID),
				fill("Pale blue round pills, MW on one side and 44 on the other, some crumbly, bitter taste. ",
						AlertDesk.MAX_DESCRIPTION),
				text, null, null, List.of());
		UUID id = this.desk.draft(WRITER, draft, UUID.randomUUID().toString()).id();
		this.desk.approve(APPROVER, id);
		this.desk.issue(APPROVER, id);
		return this.desk.require(id);
	}

	/** The words repeated to exactly {@code length} characters. */
	static String fill(String words, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(words);
		}
		return text.substring(0, length).strip() + "W".repeat(length - text.substring(0, length).strip().length());
	}

}
