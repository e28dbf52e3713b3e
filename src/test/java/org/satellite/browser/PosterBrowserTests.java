package org.satellite.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.satellite.alerts.internal.Alert;
import org.satellite.alerts.internal.AlertDesk;
import org.satellite.alerts.internal.AlertDraft;
import org.satellite.alerts.internal.AlertText;
import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.SmsNumber;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.PublicLinks;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable poster of an alert with the longest words the alert form accepts, printed
 * by Chromium from a phone-sized page in English and French on letter and A4 paper: one
 * page each time, in both languages, with the headline, the dates, the number to text and
 * what to send, every zone code, the alert's public address and a QR code that reads as
 * that address, and without the site's navigation. PDFBox counts the pages and reads the
 * text of the PDF Chromium writes, and renders it for ZXing to read the QR code as a
 * phone would; the PDF is left in {@code target/browser/} for a person to look at.
 */
class PosterBrowserTests extends BrowserTestSupport {

	static final StaffMember WRITER = new StaffMember("poster-writer", Role.COORDINATOR, Optional.empty());

	static final StaffMember APPROVER = new StaffMember("poster-approver", Role.COORDINATOR, Optional.empty());

	/**
	 * The most characters of headline, details and what to do in a language that the
	 * poster prints in large type ({@code PublicAlertsController.POSTER_LARGE_PRINT}).
	 */
	static final int LARGE_PRINT = 300;

	@Autowired
	AlertDesk desk;

	@Autowired
	Sites sites;

	@Autowired
	ProgramTime time;

	@Autowired
	SmsNumber smsNumber;

	@Autowired
	PublicLinks links;

	@ParameterizedTest(name = "{0} poster on {1} paper, {2} texts")
	@CsvSource({ "en, Letter, longest", "en, A4, longest", "fr, Letter, longest", "fr, A4, longest",
			"en, Letter, large-print", "fr, A4, large-print" })
	void thePosterOfAnAlertWithTheLongestTextsPrintsOnOnePageInBothLanguagesWithTheNumberTheZonesAndAQrCode(
			String language, String paper, String texts) throws IOException {
		Alert alert = texts.equals("longest") ? longestAlert() : alert(120, LARGE_PRINT - 120 - 100, 100);
		open(Screen.PHONE, language);
		visit("/alerts/" + alert.id() + "/poster");
		assertThat(this.page.locator("main.poster.long").count()).as("printed small")
			.isEqualTo(texts.equals("longest") ? 1 : 0);

		Path printed = Paths.get("target", "browser",
				"PosterBrowserTests-" + language + "-" + paper + "-" + texts + ".pdf");
		byte[] pdf = this.page.pdf(new Page.PdfOptions().setFormat(paper).setPath(printed));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages of the %s poster on %s paper", language, paper)
				.isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			String expires = DateTimeFormatter.ISO_LOCAL_DATE.format(alert.expiresAt().atZone(this.time.zone()));
			String number = this.smsNumber.printed().orElseThrow();
			assertThat(text).as("both languages")
				.contains(alert.text().headlineEn().substring(0, 40), alert.text().headlineFr().substring(0, 40),
						"Valid until", "Valide jusqu’au", expires, "What to do", "Quoi faire", "STOP", "ARRET");
			assertThat(text).as("the number and what to text")
				.contains("send JOIN " + alert.zones().get(0) + " to " + number,
						"envoyez ABONNER " + alert.zones().get(0) + " au " + number);
			assertThat(text).as("every zone code").contains(alert.zones());
			String link = this.links.to("/alerts/" + alert.id());
			assertThat(text.replace(" ", "")).as("the web address").contains(link);
			assertThat(qrCodeIn(document)).as("what a phone reads from the QR code").isEqualTo(link);
			assertThat(text).as("navigation is not printed")
				.doesNotContain("Log in", "Se connecter", "Back to the alert", "Retour à l’alerte");
		}
	}

	@Test
	void thePosterOnScreenIsAccessibleAndLinksBackToTheAlert() {
		Alert alert = longestAlert();
		open(Screen.PHONE, "fr");
		visit("/alerts/" + alert.id() + "/poster");

		assertShowsExactly(this.page.locator("h1"), alert.text().headlineFr());
		assertShows(this.page.locator("main"), "Retour à l’alerte", alert.text().headlineEn().substring(0, 40));
		assertThat(this.page.locator("main svg.qr").getAttribute("aria-label")).contains("/alerts/" + alert.id());
		assertAccessible();
	}

	/** The text of the one QR code on the first page, read as a phone would. */
	static String qrCodeIn(PDDocument document) throws IOException {
		return qrCodeIn(new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB));
	}

	/** The text of the one QR code in a picture, read as a phone would. */
	static String qrCodeIn(BufferedImage image) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
				.getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No QR code could be read", ex);
		}
	}

	/**
	 * An issued urgent alert in six zones with every text as long as the alert form
	 * accepts.
	 */
	Alert longestAlert() {
		return alert(160, AlertDesk.MAX_BODY, AlertDesk.MAX_INSTRUCTION);
	}

	/**
	 * An issued urgent alert in six zones with the longest substances and description,
	 * and the headline, details and instruction this long in both languages.
	 */
	Alert alert(int headline, int body, int instruction) {
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
		AlertText text = new AlertText(fill("WARNING: MMMW pills sold as Xanax MW-44 contain carfentanil, ", headline),
				fill("AVERTISSEMENT : des pilules MMMW vendues comme Xanax contiennent du carfentanil, ", headline),
				fill("Drug checking found carfentanil and bromazolam in pale blue pills marked MW 44, sold as Xanax. "
						+ "Several people went down within minutes.\nWhat people reported:\n“Worse than anything we knew.”\n",
						body),
				fill("La vérification des drogues a trouvé du carfentanil et du bromazolam dans des pilules bleu pâle "
						+ "marquées MW 44, vendues comme Xanax.\nCe que les personnes ont signalé :\n“Pire que tout.”\n",
						body),
				fill("Do not use alone, start with a very small amount, keep naloxone close and call 911 if someone is hard to wake. ",
						instruction),
				fill("Ne consommez pas seul·e, commencez par une toute petite quantité, gardez la naloxone près de vous. ",
						instruction),
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
