package org.satellite.alerts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.SubstanceClass;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.Idempotency;
import org.satellite.platform.ProgramTime;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The drafts Satellite suggests, as the coordinator reads them before anyone is warned:
 * their classes (drug checking's, never guessed from the names), their severity, and
 * their words in English and French.
 */
class SuggestionsTests {

	static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-01T20:00:00Z");

	final AlertDesk desk = mock(AlertDesk.class);

	final Sites sites = mock(Sites.class);

	Suggestions suggestions;

	@BeforeEach
	void suggestions() {
		when(this.sites.zone("DT")).thenReturn(Optional.of(new Zone("DT", "Downtown", "Centre-ville")));
		when(this.sites.zone("HB")).thenReturn(Optional.of(new Zone("HB", "Harbour", "Port")));
		when(this.sites.zone("GONE")).thenReturn(Optional.empty());
		when(this.desk.suggest(any(), anyString())).thenReturn(new Idempotency.Outcome(UUID.randomUUID(), false));
		this.suggestions = new Suggestions(null, this.desk, messages(), new AlertSettings(3, 6, 3, 24), this.sites,
				new ProgramTime(Clock.fixed(TUESDAY_AFTERNOON, ZoneId.of("UTC")), ZoneId.of("America/Toronto")), null,
				null);
	}

	@Test
	void aNotableResultDraftHasTheClassesDrugCheckingGaveItsSubstances() {
		this.suggestions.on(new NotableSubstanceFound("K7Q2M4X9", "DT", List.of("Medetomidine", "Levamisole"),
				List.of(SubstanceClass.OTHER_DEPRESSANT, SubstanceClass.CUT), List.of("medetomidine", "marked"),
				TUESDAY_AFTERNOON));

		AlertDraft draft = suggested("sample:K7Q2M4X9");
		assertThat(draft.classes()).containsExactly(SubstanceClass.OTHER_DEPRESSANT, SubstanceClass.CUT);
		assertThat(draft.substances()).containsExactly("Medetomidine", "Levamisole");
		assertThat(draft.zones()).containsExactly("DT");
		assertThat(draft.severity()).isEqualTo(Severity.WARNING);
		assertThat(draft.text().smsEn()).isEqualTo(
				"Drug alert: Medetomidine, Levamisole found in drug checking. Do not use alone, keep naloxone close.");
		assertThat(draft.text().smsFr()).isEqualTo(
				"Alerte drogues : Medetomidine, Levamisole trouvé lors de la vérification. Ne consommez pas seul·e, gardez la naloxone près de vous.");
		assertThat(draft.sources()).containsExactly("sample:K7Q2M4X9");
	}

	@Test
	void whatTheVocabularyCallsCarfentanilOrANitazeneMakesTheDraftUrgentWhateverItsName() {
		this.suggestions.on(new NotableSubstanceFound("A", "DT", List.of("Carfentanil"), List.of(SubstanceClass.OPIOID),
				List.of("carfentanil"), TUESDAY_AFTERNOON));
		this.suggestions.on(new NotableSubstanceFound("B", "DT", List.of("Etonitazepyne"),
				List.of(SubstanceClass.OPIOID), List.of("nitazene"), TUESDAY_AFTERNOON));
		this.suggestions.on(new NotableSubstanceFound("C", "DT", List.of("Fentanyl"), List.of(SubstanceClass.OPIOID),
				List.of("fentanylUnexpected"), TUESDAY_AFTERNOON));

		assertThat(suggested("sample:A").severity()).isEqualTo(Severity.URGENT);
		assertThat(suggested("sample:B").severity()).isEqualTo(Severity.URGENT);
		assertThat(suggested("sample:C").severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void aResultRecordedBeforeClassesWereCarriedLeavesTheClassesToTheCoordinator() {
		this.suggestions
			.on(new NotableSubstanceFound("OLD", "GONE", List.of("Fentanyl"), null, null, TUESDAY_AFTERNOON));

		AlertDraft draft = suggested("sample:OLD");
		assertThat(draft.classes()).as("no class: it reaches every subscriber of its zones").isEmpty();
		assertThat(draft.zones()).as("a zone the network no longer has").isEmpty();
		assertThat(draft.severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void aLongListOfSubstancesIsCutInTheHeadlineNotInTheDraft() {
		List<String> many = Arrays.asList("Fentanyl", "Carfentanil", "Bromazolam", "Xylazine", "Medetomidine",
				"Protonitazene", "Levamisole", "Caffeine");
		this.suggestions.on(new NotableSubstanceFound("LONG", "DT", many, List.of(SubstanceClass.OPIOID),
				List.of("carfentanil"), TUESDAY_AFTERNOON));

		AlertDraft draft = suggested("sample:LONG");
		assertThat(draft.substances()).hasSize(8);
		assertThat(draft.text().headlineEn()).isEqualTo(
				"Fentanyl, Carfentanil, Bromazolam, Xylazine, Medetomidine, Protonitazene, Levam… found in drug checking");
	}

	@Test
	void aGroupOfReportsWithAnOverdoseIsAWarningInItsZonesWithWhatPeopleWroteQuoted() {
		UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
		UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
		UUID third = UUID.fromString("00000000-0000-0000-0000-000000000003");
		this.suggestions.fromReports(
				List.of(report(third, ReportKind.BAD_BATCH, "HB", "blue pills way too strong", "2026-12-01T18:00:00Z"),
						report(first, ReportKind.OVERDOSE, "DT", "my friend went down near the park",
								"2026-12-01T16:30:00Z"),
						report(second, ReportKind.BAD_BATCH, "GONE", "same pills", "2026-12-01T17:00:00Z")));

		ArgumentCaptor<AlertDraft> draft = ArgumentCaptor.forClass(AlertDraft.class);
		verify(this.desk).suggest(draft.capture(), anyString());
		assertThat(draft.getValue().severity()).isEqualTo(Severity.WARNING);
		assertThat(draft.getValue().classes()).as("reports name no class").isEmpty();
		assertThat(draft.getValue().zones()).containsExactly("DT", "HB");
		assertThat(draft.getValue().sources()).containsExactly("report:" + first, "report:" + second,
				"report:" + third);
		assertThat(draft.getValue().text().headlineEn())
			.isEqualTo("3 reports of overdoses and bad drugs in Downtown, Harbour since Tuesday 1 December");
		assertThat(draft.getValue().text().headlineFr()).isEqualTo(
				"3 signalements de surdoses et de drogues dangereuses (Centre-ville, Port) depuis mardi 1 décembre");
		assertThat(draft.getValue().text().smsEn()).isEqualTo(
				"Drug alert: overdoses and bad drugs reported in Downtown, Harbour. Use less, do not use alone, keep naloxone close.");
		assertThat(draft.getValue().text().bodyEn()).endsWith("""
				What people reported:
				“my friend went down near the park”
				“same pills”
				“blue pills way too strong”""");
	}

	@Test
	void oneBadBatchReportIsAnAdvisory() {
		this.suggestions.fromReports(List.of(report(UUID.randomUUID(), ReportKind.BAD_BATCH, "DT",
				"pink pills, very strong", "2026-12-01T16:30:00Z")));

		ArgumentCaptor<AlertDraft> draft = ArgumentCaptor.forClass(AlertDraft.class);
		verify(this.desk).suggest(draft.capture(), anyString());
		assertThat(draft.getValue().severity()).isEqualTo(Severity.ADVISORY);
		assertThat(draft.getValue().text().headlineEn())
			.isEqualTo("A report of a bad batch in Downtown since Tuesday 1 December");
		assertThat(draft.getValue().text().smsFr()).isEqualTo(
				"Alerte drogues : mauvais lot signalé (Centre-ville). Consommez moins, jamais seul·e, gardez la naloxone près de vous.");
	}

	@Test
	void aBodyQuotesWhatFitsAndSaysWhenMoreWasReported() {
		String summary = "Three people reported a bad batch.";
		List<String> said = List.of("a".repeat(Suggestions.QUOTE_LENGTH + 50), "b".repeat(150), "c".repeat(150),
				"d".repeat(150), "e".repeat(150), "f".repeat(150));

		String body = Suggestions.quoted(summary, "What people reported:", said);

		assertThat(body)
			.startsWith(summary + "\n\nWhat people reported:\n“" + "a".repeat(Suggestions.QUOTE_LENGTH - 1) + "…”");
		assertThat(body).endsWith("\n…");
		assertThat(body.codePointCount(0, body.length())).isLessThanOrEqualTo(AlertDesk.MAX_BODY);
		assertThat(body).contains("e".repeat(150)).doesNotContain("f".repeat(150));
	}

	@Test
	void cutCountsCharactersAsPeopleSeeThem() {
		assertThat(Suggestions.cut("Centre-ville, Port", 40)).isEqualTo("Centre-ville, Port");
		assertThat(Suggestions.cut("💊💊💊💊💊💊", 4)).isEqualTo("💊💊💊…");
		assertThat(Suggestions.cut("Downtown, Harbour", 10)).isEqualTo("Downtown,…");
	}

	/** The draft suggested with this source, among all the drafts suggested. */
	AlertDraft suggested(String source) {
		ArgumentCaptor<AlertDraft> draft = ArgumentCaptor.forClass(AlertDraft.class);
		verify(this.desk, atLeastOnce()).suggest(draft.capture(), anyString());
		return draft.getAllValues()
			.stream()
			.filter((candidate) -> candidate.sources().contains(source))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aNotableResultIsSuggestedUnderItsGroupOfSubstancesZoneAndWeek() {
		this.suggestions.on(new NotableSubstanceFound("K7Q2M4X9", "DT", List.of("Xylazine", "Bromazolam"),
				List.of(SubstanceClass.OTHER_DEPRESSANT, SubstanceClass.BENZODIAZEPINE), List.of("xylazine"),
				TUESDAY_AFTERNOON));

		// Tuesday 1 December 2026 at 15:00 in Toronto: the week of Monday 30 November.
		verify(this.desk).suggest(any(), eq("result:DT:2026-11-30:bromazolam+xylazine"));
	}

	static CommunityReport report(UUID id, ReportKind kind, String zone, String text, String at) {
		return new CommunityReport(id, kind, zone, text, "WEB", Instant.parse(at), "NEW");
	}

	static AlertMessages messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/alerts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new AlertMessages(messages,
				new ProgramTime(Clock.fixed(TUESDAY_AFTERNOON, ZoneId.of("UTC")), ZoneId.of("America/Toronto")));
	}

}
