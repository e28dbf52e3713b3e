package org.satellite.alerts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.satellite.alerts.AlertDesk;
import org.satellite.alerts.AlertDraft;
import org.satellite.alerts.AlertSettings;
import org.satellite.alerts.AlertText;
import org.satellite.alerts.CommunityReport;
import org.satellite.alerts.ReportKind;
import org.satellite.alerts.Severity;
import org.satellite.alerts.SubstanceClass;
import org.satellite.checking.NotableSubstanceFound;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.network.Sites;
import org.satellite.platform.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drafts Satellite suggests to coordinators: from a notable drug checking result, from an overdose cluster (at least
 * {@code clusterSize} overdoses, responses or reports, in one zone within {@code clusterHours}), and from a
 * community report. A suggestion is a draft; a person always reviews, approves and issues it.
 */
@Component
public class Suggestions {

	private final JdbcClient jdbc;

	private final AlertDesk desk;

	private final AlertMessages messages;

	private final AlertSettings settings;

	private final Sites sites;

	Suggestions(JdbcClient jdbc, AlertDesk desk, AlertMessages messages, AlertSettings settings, Sites sites) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.desk = desk;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(NotableSubstanceFound event) {
		List<String> substances = (event.substances() == null) ? List.of() : event.substances();
		String names = String.join(", ", substances);
		if (names.length() > 80) {
			names = names.substring(0, 79) + "…";
		}
		boolean deadly = substances.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.anyMatch((name) -> name.contains("carfentanil") || name.contains("nitazene") || name.contains("nitazène"));
		List<String> zones = (event.zoneCode() == null || this.sites.zone(event.zoneCode()).isEmpty()) ? List.of()
				: List.of(event.zoneCode());
		this.desk.suggest(new AlertDraft(deadly ? Severity.URGENT : Severity.WARNING, zones, substances,
				classesOf(substances), null, text("result", names), null, null, List.of("sample:" + event.sampleCode())),
				"sample:" + event.sampleCode());
	}

	@ApplicationModuleListener
	void on(OverdoseResponseRecorded event) {
		if (event.zoneCode() != null && this.sites.zone(event.zoneCode()).isPresent()) {
			overdoseSeen(event.responseId(), event.zoneCode(), event.occurredAt(), "RESPONSE");
		}
	}

	/**
	 * Counts an overdose and suggests a draft when its zone now has a cluster. One suggestion per zone and window of
	 * {@code clusterHours}.
	 */
	public void overdoseSeen(UUID id, String zone, Instant occurredAt, String source) {
		int inserted = this.jdbc.sql("""
				INSERT INTO overdose_signals (id, zone_code, occurred_at, source) VALUES (:id, :zone, :at, :source)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("zone", zone)
			.param("at", java.sql.Timestamp.from(occurredAt))
			.param("source", source)
			.update();
		if (inserted == 0) {
			return;
		}
		Duration window = Duration.ofHours(this.settings.clusterHours());
		long count = this.jdbc.sql("""
				SELECT count(*) FROM overdose_signals
				WHERE zone_code = :zone AND occurred_at > :from AND occurred_at <= :to""")
			.param("zone", zone)
			.param("from", java.sql.Timestamp.from(occurredAt.minus(window)))
			.param("to", java.sql.Timestamp.from(occurredAt))
			.query(Long.class)
			.single();
		if (count >= this.settings.clusterSize()) {
			long bucket = occurredAt.getEpochSecond() / window.toSeconds();
			this.desk.suggest(new AlertDraft(Severity.WARNING, List.of(zone), List.of(), List.of(),
					this.messages.get("alerts.suggest.cluster.description", Languages.ENGLISH, count,
							this.settings.clusterHours()),
					text("cluster", String.valueOf(count)), null, null, List.of("cluster:" + zone)),
					"cluster:" + zone + ":" + bucket);
		}
	}

	/** A draft from one community report. */
	public UUID fromReport(CommunityReport report) {
		String kind = (report.kind() == ReportKind.OVERDOSE) ? "reportOverdose" : "reportBad";
		return this.desk.suggest(new AlertDraft(Severity.ADVISORY,
				(report.zoneCode() == null) ? List.of() : List.of(report.zoneCode()), List.of(), List.of(), report.text(),
				text(kind, ""), null, null, List.of("report:" + report.id())), "report:" + report.id()).id();
	}

	private AlertText text(String kind, String what) {
		String prefix = "alerts.suggest." + kind + ".";
		return new AlertText(get(prefix + "headline", Languages.ENGLISH, what), get(prefix + "headline", Languages.FRENCH, what),
				get(prefix + "body", Languages.ENGLISH, what), get(prefix + "body", Languages.FRENCH, what),
				get("alerts.suggest.instruction", Languages.ENGLISH, what),
				get("alerts.suggest.instruction", Languages.FRENCH, what), get(prefix + "sms", Languages.ENGLISH, what),
				get(prefix + "sms", Languages.FRENCH, what));
	}

	private String get(String code, Locale locale, String what) {
		return this.messages.get(code, locale, what);
	}

	/**
	 * The classes of substances known by name; anything else is left for the coordinator to choose (decision 0032).
	 */
	static List<SubstanceClass> classesOf(List<String> substances) {
		Set<SubstanceClass> classes = new LinkedHashSet<>();
		for (String substance : substances) {
			String name = substance.toLowerCase(Locale.ROOT);
			if (name.matches(".*(fentan|nitaz[eè]ne|heroin|héroïne|oxycodone|hydromorphone|morphine|opioid|opioïde|methadone|méthadone).*")) {
				classes.add(SubstanceClass.OPIOID);
			}
			else if (name.matches(".*(xylazine|medetomidine|médétomidine).*")) {
				classes.add(SubstanceClass.OTHER_DEPRESSANT);
			}
			else if (name.matches(".*(azepam|azolam|benzodiazepine|benzodiazépine).*")) {
				classes.add(SubstanceClass.BENZODIAZEPINE);
			}
			else if (name.matches(".*(cocaine|cocaïne|amphetamine|amphétamine|methamphetamine|méthamphétamine|mdma).*")) {
				classes.add(SubstanceClass.STIMULANT);
			}
			else if (name.matches(".*(ketamine|kétamine|pcp).*")) {
				classes.add(SubstanceClass.DISSOCIATIVE);
			}
			else if (name.matches(".*(lsd|psilocybin|psilocybine|dmt).*")) {
				classes.add(SubstanceClass.PSYCHEDELIC);
			}
			else if (name.matches(".*(thc|cannab|mdmb|adb-).*")) {
				classes.add(SubstanceClass.CANNABINOID);
			}
			else if (name.matches(".*(caffeine|caféine|lidocaine|lidocaïne|phenacetin|levamisole|lévamisole|mannitol|inositol).*")) {
				classes.add(SubstanceClass.CUT_OR_DILUENT);
			}
		}
		return new ArrayList<>(classes);
	}

}
