package org.satellite.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.satellite.hub.Mailbox;
import org.satellite.hub.internal.ResourceDetails;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.Resources;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge hub as a visitor and an editor meet it in Chromium: event 9 postponed
 * with its twelve resources in English and French, registering with an email and getting
 * the confirmation with a calendar file, being told by email when the editor moves the
 * date, and finding a resource in the library by a word.
 */
class HubBrowserTests extends BrowserTestSupport {

	private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

	@Autowired
	Resources resources;

	@Test
	void aVisitorSeesEvent9PostponedWithItsTwelveResourcesInEnglishAndFrench() {
		visit("/");
		this.page.getByText("Knowledge hub: events and resources").click();
		this.page.waitForURL("**/hub");
		assertAccessible();
		Locator line = this.page.locator("ul.events li",
				new Page.LocatorOptions().setHasText("Event 9: Harm Reduction & Drug Selling"));
		assertShows(line, "Postponed", "New date to be announced");

		line.getByText("Event 9: Harm Reduction & Drug Selling").click();
		this.page.waitForURL("**/hub/events/9");
		assertAccessible();
		assertShowsExactly(this.page.locator("h1"), "Harm Reduction & Drug Selling");
		assertShowsExactly(this.page.locator(".status"), "Postponed");
		assertShowsExactly(this.page.locator("#resources-heading"), "Resources to prepare (12)");
		assertThat(this.page.locator("ol.resources > li"))
			.satisfies((items) -> assertThat(items.count()).isEqualTo(12));
		assertShows(this.page.locator("ol.resources > li").nth(2),
				"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking",
				"Journal article", "May 1, 2019", "In English");
		assertShows(this.page.locator("main"), "Registration opens again when the new date is set");
		assertThat(this.page.locator("#email").count()).isZero();
		assertThat(this.page.locator("ol.resources h3 a").count()).as("every resource opens").isEqualTo(12);
		for (String href : this.page.locator("ol.resources h3 a")
			.evaluateAll("links => links.map(a => a.href)")
			.toString()
			.replaceAll("[\\[\\] ]", "")
			.split(",")) {
			assertThat(href).as("a page of its own, no invented link").matches(".*/hub/resources/\\d+");
			assertThat(this.page.request().get(href).status()).as("GET %s", href).isEqualTo(200);
		}
		this.page.locator("ol.resources h3 a").nth(2).click();
		this.page.waitForURL("**/hub/resources/*");
		assertShowsExactly(this.page.locator("h1"),
				"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking");
		assertShows(this.page.locator("main"), "The library has no link to this resource yet", "drug selling");
		this.page.goBack();
		this.page.waitForURL("**/hub/events/9");

		this.page.getByText("Français").click();
		this.page.waitForURL("**/hub/events/9?lang=fr");
		assertAccessible();
		assertShowsExactly(this.page.locator("h1"), "Réduction des méfaits et vente de drogues");
		assertShowsExactly(this.page.locator(".status"), "Reporté");
		assertShowsExactly(this.page.locator("#resources-heading"), "Ressources pour se préparer (12)");
		assertShows(this.page.locator("ol.resources > li").nth(0), "Article de revue", "janvier 2021", "En anglais",
				"analyse de drogues");
		assertThat(this.page.locator("ol.resources > li h3").nth(0).getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void aVisitorRegistersGetsTheCalendarFileAndIsToldWhenTheEditorMovesTheDate() {
		int number = ThreadLocalRandom.current().nextInt(100_000 - 1000) + 1000;
		while (number == 9) {
			number++;
		}
		LocalDate first = this.time.today().plusDays(20);
		LocalDate moved = first.plusDays(7);
		loginAs("editor", "satellite-demo");
		visit("/app");
		this.page.getByText("Knowledge hub").first().click();
		this.page.waitForURL("**/app/hub");
		assertAccessible();
		this.page.locator("#number").fill(String.valueOf(number));
		this.page.locator("#titleEn").fill("Checking before cutting");
		this.page.locator("#titleFr").fill("Analyser avant de couper");
		this.page.locator("#date").fill(first.toString());
		this.page.locator("#time").fill("13:00");
		this.page.locator("#zone").selectOption("America/Toronto");
		this.page.locator("#howToJoin").fill("https://meet.example/room-" + number);
		this.page.locator("form.event-form button[type=submit]").click();
		this.page.waitForURL("**/app/hub/events/" + number);
		assertShowsExactly(this.page.locator("[role=status]"), "Event " + number + " added.");
		this.page.locator("#resource")
			.selectOption(new SelectOption().setLabel(
					"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking"));
		this.page.getByText("Add to this event").click();
		this.page.waitForURL("**/app/hub/events/" + number + "*");
		assertAccessible();

		open(Screen.PHONE, "fr");
		String email = Mailbox.newAddress("visitor");
		visit("/hub/events/" + number);
		assertAccessible();
		assertShows(this.page.locator("main"), "Analyser avant de couper", "Prévu", "13:00 heure de l’Est");
		assertDoesNotShow(this.page.locator("main"), "meet.example");
		assertShows(this.page.locator("ol.resources"), "Trusting the source");
		this.page.locator("#email").fill(email);
		this.page.locator("form.registration button[type=submit]").click();
		this.page.waitForURL("**/hub/events/" + number);
		assertShowsFirst(this.page.locator("[role=status]"), "Vous êtes inscrit·e.");
		assertAccessible();

		MimeMessage confirmation = Mailbox.awaitMessage(email, 1);
		assertThat(Mailbox.subject(confirmation)).isEqualTo("Vous êtes inscrit·e : Analyser avant de couper");
		assertThat(Mailbox.text(confirmation)).contains("https://meet.example/room-" + number);
		VEvent entry = Mailbox.onlyEvent(Mailbox.calendar(confirmation).orElseThrow());
		assertThat(Mailbox.property(entry, "SUMMARY")).isEqualTo("Analyser avant de couper");
		assertThat(start(entry)).isEqualTo(at(first));

		open(Screen.DESKTOP, "en");
		loginAs("editor", "satellite-demo");
		visit("/app/hub/events/" + number);
		assertShows(this.page.locator("main"), "1 person registered");
		this.page.locator("#date").fill(moved.toString());
		this.page.locator("form.event-form button[type=submit]").click();
		this.page.waitForURL("**/app/hub/events/" + number);
		assertShowsExactly(this.page.locator("[role=status]"), "Event " + number + " saved.");

		MimeMessage change = Mailbox.awaitMessage(email, 2);
		assertThat(Mailbox.subject(change)).isEqualTo("Nouvelle date : Analyser avant de couper");
		assertThat(Mailbox.text(change)).contains("Il était prévu le");
		assertThat(start(Mailbox.onlyEvent(Mailbox.calendar(change).orElseThrow()))).isEqualTo(at(moved));
	}

	@Test
	void theLibraryFindsTrustingTheSourceByTheWordChecking() {
		open(Screen.PHONE, "en");
		visit("/hub/resources");
		assertAccessible();

		this.page.getByLabel("Words").fill("checking");
		this.page.locator("form.library-search button[type=submit]").click();
		this.page.waitForURL("**/hub/resources?q=checking*");

		assertShows(this.page.locator("main ul.resources"),
				"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking");
		assertDoesNotShow(this.page.locator("main ul.resources"), "Illicit drug prices and quantity discounts");
		assertAccessible();
	}

	@Test
	void theLibraryFindsWordsOfBothLanguagesAndTagsAndKeepsTheSearchWhenTheLanguageChanges() {
		String title = "Kits for the people you sell to " + ThreadLocalRandom.current().nextInt(1_000_000);
		this.resources.add(new StaffMember("hub-test-editor", Role.EDITOR, Optional.empty()),
				new ResourceDetails(ResourceKind.TOOL, title, "", null, null, "en", null, "What to carry.",
						"Quoi avoir sur soi.", List.of("naloxone")),
				UUID.randomUUID().toString());
		open(Screen.PHONE, "en");
		visit("/hub/resources");

		this.page.getByLabel("Words").fill("vente de drogues");
		this.page.locator("form.library-search button[type=submit]").click();
		this.page.waitForURL("**/hub/resources?q=vente*");
		assertShows(this.page.locator("main ul.resources"),
				"Trusting the source: The potential role of drug dealers in reducing drug-related harms via drug checking",
				"The protective effect of trusted dealers");

		this.page.getByLabel("Words").fill("naloxone");
		this.page.getByLabel("Kind").selectOption("TOOL");
		this.page.locator("form.library-search button[type=submit]").click();
		this.page.waitForURL("**/hub/resources?q=naloxone*");
		assertShows(this.page.locator("main ul.resources"), title);
		assertDoesNotShow(this.page.locator("main ul.resources"), "Trusting the source");

		this.page.getByText("Français").click();
		this.page.waitForURL("**/hub/resources?*lang=fr*");
		assertShowsExactly(this.page.locator("h1"), "Bibliothèque de ressources");
		assertThat(this.page.getByLabel("Mots").inputValue()).as("the search is kept").isEqualTo("naloxone");
		assertThat(this.page.getByLabel("Type").inputValue()).as("the filter is kept").isEqualTo("TOOL");
		assertShows(this.page.locator("main ul.resources"), title, "Quoi avoir sur soi.");
	}

	@Test
	void theLibraryFiltersByYearAndKindInFrench() {
		open(Screen.DESKTOP, "fr");
		visit("/hub/resources");

		this.page.getByLabel("Type").selectOption("VIDEO_SERIES");
		this.page.getByLabel("Année de publication").selectOption("2019");
		this.page.locator("form.library-search button[type=submit]").click();
		this.page.waitForURL("**/hub/resources?*");

		assertShows(this.page.locator("main ul.resources"), "Rethinking the Drug Dealer", "Série de vidéos",
				"mars 2019", "Drug Policy Alliance");
		assertShowsExactly(this.page.locator("#found"), "1 ressource");
		assertAccessible();
	}

	@Test
	void anEditorAddsAResourceToTheLibraryAndItIsFoundThere() {
		String title = "Drug checking at home, a guide " + ThreadLocalRandom.current().nextInt(1_000_000);
		loginAs("editor", "satellite-demo");
		visit("/app/hub/resources");
		assertAccessible();

		this.page.locator("#kind").selectOption("TOOL");
		this.page.locator("#title").fill(title);
		this.page.locator("#published").fill("2021-03");
		this.page.locator("#link").fill("ftp://files.example/guide.pdf");
		this.page.locator("form.resource-form button[type=submit]").click();
		assertShowsExactly(this.page.locator("[role=alert]"),
				"A link must be a web address starting with http:// or https://.");
		assertThat(this.page.locator("#title").inputValue()).isEqualTo(title);
		assertAccessible();

		this.page.locator("#link").fill("");
		this.page.getByLabel("drug checking").check();
		this.page.locator("#newTagEn").fill("Guides");
		this.page.locator("form.resource-form button[type=submit]").click();
		this.page.waitForURL("**/app/hub/resources");
		assertShowsExactly(this.page.locator("[role=status]"), "Added to the library: " + title);

		visit("/hub/resources?tag=guides&year=2021");
		assertShows(this.page.locator("main ul.resources"), title, "Tool", "March 2021", "No link yet.");

		visit("/app/hub/tags");
		assertAccessible();
		Locator guides = this.page.locator("ul.tags li.untranslated")
			.filter(new Locator.FilterOptions().setHas(this.page.locator("input[name=tag][value=guides]")));
		assertShows(guides, "No French label yet");
		guides.locator("input[name=labelFr]").fill("Guides pratiques");
		guides.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();
		this.page.waitForURL("**/app/hub/tags");
		assertShowsExactly(this.page.locator("[role=status]"), "Tag saved: Guides");
	}

	@Test
	void aFrenchReaderFiltersTheLibraryByATagShownInFrench() {
		open(Screen.DESKTOP, "fr");
		visit("/hub/resources");
		this.page.getByLabel("Mot-clé").selectOption(new SelectOption().setLabel("web clandestin"));
		this.page.locator("form.library-search button[type=submit]").click();
		this.page.waitForURL("**/hub/resources?*");

		assertShows(this.page.locator("main ul.resources"), "web clandestin", "vente de drogues");
		assertDoesNotShow(this.page.locator("main ul.resources"), "dark web", "drug selling");
		assertAccessible();
	}

	private static Instant start(VEvent entry) {
		return Instant.from(ICS_TIME.parse(Mailbox.property(entry, "DTSTART")));
	}

	private static Instant at(LocalDate day) {
		return LocalDateTime.of(day, LocalTime.of(13, 0)).atZone(ZoneId.of("America/Toronto")).toInstant();
	}

}
