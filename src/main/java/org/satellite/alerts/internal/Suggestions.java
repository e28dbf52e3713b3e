package org.satellite.alerts.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.checking.NotableSubstanceFound;
import org.satellite.checking.SubstanceClass;
import org.satellite.identity.StaffMember;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.overdose.OverdoseResponseWithdrawn;
import org.satellite.network.Sites;
import org.satellite.platform.Audited;
import org.satellite.platform.Idempotency;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts Satellite suggests to coordinators: from a notable drug checking result, from an
 * overdose cluster (at least {@code clusterSize} overdoses, responses or reports, in one
 * zone within {@code clusterHours}), from {@code batchSize} bad-batch reports in one zone
 * within {@code batchHours}, and from a group of community reports a coordinator picked.
 * A suggestion is a draft; a person always reviews, approves and issues it.
 *
 * <p>
 * Findings are grouped (decision 0098): notable results by their substances, zone and
 * week, clusters and bad batches by zone and week. The first finding of a group suggests
 * a draft; later ones add their sample, report or overdose to it while it is a draft, so
 * the desk shows one line with how many are behind it. A coordinator may dismiss a
 * suggestion or merge several into one; a dismissed group stays dismissed for its week
 * (its later findings are still counted on it), and a merged group's findings go to the
 * draft it was merged into. A new week is a new group.
 */
@Component
public class Suggestions {

	private final JdbcClient jdbc;

	private final AlertDesk desk;

	private final AlertMessages messages;

	private final AlertSettings settings;

	private final Sites sites;

	private final ProgramTime time;

	private final Alerts alerts;

	private final ApplicationEventPublisher events;

	/**
	 * How long the zones' names in a group draft's headline and SMS may be: with more
	 * than two zones they say how many instead, so that the SMS stays within its
	 * segments.
	 */
	static final int ZONE_NAMES_LENGTH = 40;

	/** How much of one report a group draft quotes. */
	static final int QUOTE_LENGTH = 200;

	/** How long the substances' names in a result draft's headline and SMS may be. */
	static final int SUBSTANCE_NAMES_LENGTH = 80;

	Suggestions(JdbcClient jdbc, AlertDesk desk, AlertMessages messages, AlertSettings settings, Sites sites,
			ProgramTime time, Alerts alerts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.alerts = alerts;
		this.events = events;
		this.time = time;
		this.sites = sites;
		this.desk = desk;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * A draft from a notable result: its substances, their classes and why they are
	 * notable, all as the drug checking vocabulary gives them (decision 0076). Urgent
	 * when the vocabulary found carfentanil or a nitazene, a warning otherwise; the
	 * coordinator may change either before approving.
	 */
	@ApplicationModuleListener
	void on(NotableSubstanceFound event) {
		List<String> substances = (event.substances() == null) ? List.of() : event.substances();
		List<SubstanceClass> classes = (event.classes() == null) ? List.of() : event.classes();
		List<String> reasons = (event.reasons() == null) ? List.of() : event.reasons();
		List<String> zones = (event.zoneCode() == null || this.sites.zone(event.zoneCode()).isEmpty()) ? List.of()
				: List.of(event.zoneCode());
		Instant checkedAt = (event.checkedAt() != null) ? event.checkedAt() : this.time.now();
		String names = substances.stream()
			.map((name) -> name.strip().toLowerCase(Locale.ROOT))
			.sorted()
			.distinct()
			.collect(Collectors.joining("+"));
		String group = "result:" + (zones.isEmpty() ? "-" : zones.get(0)) + ":" + weekOf(checkedAt) + ":";
		group += (group.length() + names.length() <= 200) ? names : Idempotency.fingerprint(names);
		grouped(group, List.of("sample:" + event.sampleCode()),
				new AlertDraft(severityOf(reasons), zones, substances, classes, null,
						text("result", cut(String.join(", ", substances), SUBSTANCE_NAMES_LENGTH)), null, null,
						List.of("sample:" + event.sampleCode())));
	}

	/**
	 * Suggests the group's draft the first time; after that, adds the new sources to the
	 * group's draft, or to the draft it was merged into, while that is a draft or
	 * dismissed. An approved or issued alert is left as it was approved.
	 */
	private void grouped(String group, List<String> sources, AlertDraft draft) {
		Idempotency.Outcome outcome = this.desk.suggest(draft, group);
		if (!outcome.replayed()) {
			return;
		}
		UUID into = outcome.id();
		for (int hops = 0; hops < 20; hops++) {
			var merged = this.alerts.mergedInto(into);
			if (merged.isEmpty()) {
				break;
			}
			into = merged.get();
		}
		for (String source : sources) {
			this.alerts.addSource(into, source);
		}
	}

	/** The Monday that starts the week of a moment, in the program's time zone. */
	LocalDate weekOf(Instant moment) {
		return moment.atZone(this.time.zone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Urgent for carfentanil and nitazenes, which kill at doses nobody can see or measure
	 * at home.
	 */
	static Severity severityOf(List<String> reasons) {
		return (reasons.contains("carfentanil") || reasons.contains("nitazene")) ? Severity.URGENT : Severity.WARNING;
	}

	@ApplicationModuleListener
	void on(OverdoseResponseRecorded event) {
		if (event.zoneCode() != null && this.sites.zone(event.zoneCode()).isPresent()) {
			overdoseSeen(event.responseId(), event.zoneCode(), event.occurredAt(), "RESPONSE");
		}
	}

	/**
	 * Stops counting an overdose report undone as a mistake. A draft it helped suggest
	 * stays for the coordinator, who decides, as with every suggestion. (Both listeners
	 * run after their own commit; a report undone in the instant before its first event
	 * was handled would still be counted, until the signal's retention limit.)
	 */
	@ApplicationModuleListener
	void on(OverdoseResponseWithdrawn event) {
		this.jdbc.sql("DELETE FROM overdose_signals WHERE id = :id AND source = 'RESPONSE'")
			.param("id", event.responseId())
			.update();
	}

	/**
	 * Counts an overdose and suggests a draft when its zone now has a cluster. One
	 * suggestion per zone and week: a later cluster in the same week adds its overdoses
	 * to it.
	 */
	public void overdoseSeen(UUID id, String zone, Instant occurredAt, String source) {
		int inserted = this.jdbc.sql("""
				INSERT INTO overdose_signals (id, zone_code, occurred_at, source) VALUES (:id, :zone, :at, :source)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("zone", zone)
			.param("at", Timestamp.from(occurredAt))
			.param("source", source)
			.update();
		if (inserted == 0) {
			return;
		}
		Duration window = Duration.ofHours(this.settings.clusterHours());
		List<UUID> seen = this.jdbc.sql("""
				SELECT id FROM overdose_signals
				WHERE zone_code = :zone AND occurred_at > :from AND occurred_at <= :to ORDER BY occurred_at""")
			.param("zone", zone)
			.param("from", Timestamp.from(occurredAt.minus(window)))
			.param("to", Timestamp.from(occurredAt))
			.query(UUID.class)
			.list();
		int count = seen.size();
		if (count >= this.settings.clusterSize()) {
			List<String> sources = new ArrayList<>();
			sources.add("cluster:" + zone);
			seen.forEach((signal) -> sources.add("overdose:" + signal));
			grouped("cluster:" + zone + ":" + weekOf(occurredAt), sources,
					new AlertDraft(Severity.WARNING, List.of(zone), List.of(), List.of(),
							this.messages.get("alerts.suggest.cluster.description", Languages.ENGLISH, count,
									this.settings.clusterHours()),
							text("cluster", String.valueOf(count)), null, null, sources));
		}
	}

	/**
	 * A draft from a group of community reports, prefilled from message templates in both
	 * languages: how many, of what, in which zones, since when, and what people reported
	 * in their own words. Warning when any is an overdose report, advisory otherwise
	 * (decision 0035); one report is a group of one. The same group makes one draft only.
	 */
	public UUID fromReports(List<CommunityReport> reports) {
		List<CommunityReport> sorted = reports.stream().sorted(Comparator.comparing(CommunityReport::id)).toList();
		String key = (sorted.size() == 1) ? "report:" + sorted.get(0).id()
				: "reports:" + Idempotency.fingerprint(sorted.stream().map(CommunityReport::id).toArray());
		List<String> sources = sorted.stream().map((report) -> "report:" + report.id()).toList();
		return this.desk.suggest(groupDraft(reports, sources), key).id();
	}

	/**
	 * Counts a bad-batch report and suggests a draft when its zone now has at least
	 * {@code batchSize} of them within {@code batchHours}, like an overdose cluster. One
	 * suggestion per zone and week.
	 */
	public void badBatchSeen(String zone, Instant at) {
		Duration window = Duration.ofHours(this.settings.batchHours());
		List<CommunityReport> recent = this.jdbc.sql("""
				SELECT id, kind, zone_code, text, channel, received_at, status FROM community_reports
				WHERE kind = 'BAD_BATCH' AND zone_code = :zone AND status <> 'DISMISSED'
				AND received_at > :from AND received_at <= :to ORDER BY received_at""")
			.param("zone", zone)
			.param("from", Timestamp.from(at.minus(window)))
			.param("to", Timestamp.from(at))
			.query(CommunityReport.class)
			.list();
		if (recent.size() >= this.settings.batchSize()) {
			List<String> sources = new ArrayList<>();
			sources.add("batch:" + zone);
			recent.forEach((report) -> sources.add("report:" + report.id()));
			grouped("batch:" + zone + ":" + weekOf(at), sources, groupDraft(recent, sources));
		}
	}

	/**
	 * Dismisses a suggestion: it leaves the desk's list and stays dismissed for its week,
	 * in the audit trail with who did it.
	 */
	@Transactional
	public void dismiss(StaffMember by, UUID id) {
		AlertDesk.requireDesk(by);
		Alert alert = requireSuggestion(id);
		if (!this.alerts.dismiss(id, by.username(), null)) {
			throw new Refusal("alerts.error.notASuggestion");
		}
		this.events.publishEvent(new Audited("alert.suggestion-dismissed", id.toString(),
				alert.text().headlineEn() + " (" + Evidence.of(alert).summary() + ")"));
	}

	/**
	 * Merges suggestions into one draft, the one with the most behind it: every zone,
	 * substance, class and source of the others, the highest level; the others are
	 * dismissed into it, and their groups' later findings go to it. When all were notable
	 * results nobody had edited, the texts are written again for all the substances. The
	 * merged draft is still a suggestion that a person must review before anyone approves
	 * it.
	 * @return the merged draft
	 */
	@Transactional
	public UUID merge(StaffMember by, List<UUID> ids) {
		AlertDesk.requireDesk(by);
		List<UUID> distinct = (ids == null) ? List.of() : ids.stream().distinct().toList();
		if (distinct.size() < 2) {
			throw new Refusal("alerts.error.mergeTwo");
		}
		List<Alert> chosen = distinct.stream().map(this::requireSuggestion).toList();
		Alert target = chosen.stream()
			.max(Comparator.comparingInt((Alert alert) -> Evidence.of(alert).total())
				.thenComparing(Alert::createdAt, Comparator.reverseOrder()))
			.orElseThrow();
		boolean everyZone = chosen.stream().anyMatch(Alert::everyZone);
		List<String> zones = everyZone ? List.of()
				: chosen.stream().flatMap((alert) -> alert.zones().stream()).distinct().sorted().toList();
		List<String> substances = union(chosen.stream().map(Alert::substances).toList());
		List<SubstanceClass> classes = union(chosen.stream().map(Alert::classes).toList());
		List<String> sources = union(chosen.stream().map(Alert::sources).toList());
		Severity severity = chosen.stream().map(Alert::severity).max(Comparator.naturalOrder()).orElseThrow();
		if (String.join(", ", substances).length() > AlertDesk.MAX_SUBSTANCES) {
			throw new Refusal("alerts.error.tooLongForPoster", AlertDesk.MAX_BODY, AlertDesk.MAX_INSTRUCTION,
					AlertDesk.MAX_DESCRIPTION, AlertDesk.MAX_SUBSTANCES);
		}
		boolean results = sources.stream().allMatch((source) -> source.startsWith("sample:"))
				&& chosen.stream().allMatch((alert) -> alert.draftedBy().equals(AlertDesk.SYSTEM));
		AlertText text = results ? text("result", cut(String.join(", ", substances), SUBSTANCE_NAMES_LENGTH))
				: target.text();
		String description = (target.description() != null) ? target.description()
				: chosen.stream().map(Alert::description).filter((d) -> d != null).findFirst().orElse(null);
		this.alerts.edit(
				target.id(), new AlertDraft(severity, zones, substances, classes, description, text,
						target.effectiveFrom(), target.expiresAt(), sources),
				target.effectiveFrom(), target.expiresAt());
		for (Alert other : chosen) {
			if (!other.id().equals(target.id()) && !this.alerts.dismiss(other.id(), by.username(), target.id())) {
				throw new Refusal("alerts.error.notASuggestion");
			}
		}
		this.events.publishEvent(new Audited("alert.suggestions-merged", target.id().toString(),
				(chosen.size() - 1) + " merged in: "
						+ chosen.stream()
							.map(Alert::id)
							.filter((id) -> !id.equals(target.id()))
							.map(UUID::toString)
							.collect(Collectors.joining(", "))));
		return target.id();
	}

	private Alert requireSuggestion(UUID id) {
		Alert alert = this.desk.require(id);
		if (alert.status() != AlertStatus.DRAFT || !alert.suggested()) {
			throw new Refusal("alerts.error.notASuggestion");
		}
		return alert;
	}

	private static <T> List<T> union(List<List<T>> lists) {
		Set<T> all = new LinkedHashSet<>();
		lists.forEach(all::addAll);
		return List.copyOf(all);
	}

	private AlertDraft groupDraft(List<CommunityReport> reports, List<String> sources) {
		boolean overdose = reports.stream().anyMatch((report) -> report.kind() == ReportKind.OVERDOSE);
		boolean bad = reports.stream().anyMatch((report) -> report.kind() == ReportKind.BAD_BATCH);
		String kind = (overdose && bad) ? "MIXED" : (overdose ? "OVERDOSE" : "BAD_BATCH");
		List<String> zones = reports.stream()
			.map(CommunityReport::zoneCode)
			.filter((code) -> code != null && this.sites.zone(code).isPresent())
			.distinct()
			.sorted()
			.toList();
		Instant since = reports.stream().map(CommunityReport::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
		List<String> said = reports.stream()
			.sorted(Comparator.comparing(CommunityReport::receivedAt))
			.map(CommunityReport::text)
			.toList();
		String[] headline = new String[2];
		String[] body = new String[2];
		String[] sms = new String[2];
		List<Locale> languages = List.of(Languages.ENGLISH, Languages.FRENCH);
		for (int i = 0; i < 2; i++) {
			Locale locale = languages.get(i);
			String names = cut(zones.stream()
				.map((code) -> this.sites.zone(code).map((zone) -> zone.name(locale)).orElse(code))
				.collect(Collectors.joining(", ")), ZONE_NAMES_LENGTH);
			String day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(since.atZone(this.time.zone()));
			Object[] what = { reports.size(), names, day, zones.size() };
			String prefix = "alerts.suggest.group." + kind + ".";
			headline[i] = this.messages.get(prefix + "headline", locale, what);
			body[i] = quoted(this.messages.get(prefix + "body", locale, what),
					this.messages.get("alerts.suggest.group.quoted", locale), said);
			sms[i] = this.messages.get(prefix + "sms", locale, what);
		}
		AlertText text = new AlertText(headline[0], headline[1], body[0], body[1],
				this.messages.get("alerts.suggest.instruction", Languages.ENGLISH),
				this.messages.get("alerts.suggest.instruction", Languages.FRENCH), sms[0], sms[1]);
		return new AlertDraft(overdose ? Severity.WARNING : Severity.ADVISORY, zones, List.of(), List.of(),
				cut(String.join("\n", said), AlertDesk.MAX_DESCRIPTION), text, null, null, sources);
	}

	/**
	 * The summary, then what people reported as they wrote it, each in quotes, as much as
	 * fits in a body.
	 */
	static String quoted(String summary, String label, List<String> said) {
		StringBuilder body = new StringBuilder(summary).append("\n\n").append(label);
		int omitted = 0;
		for (String words : said) {
			String quote = "\n“" + cut(words.strip(), QUOTE_LENGTH) + "”";
			if (omitted == 0 && body.codePointCount(0, body.length()) + quote.codePointCount(0, quote.length())
					+ 2 <= AlertDesk.MAX_BODY) {
				body.append(quote);
			}
			else {
				omitted++;
			}
		}
		if (omitted > 0) {
			body.append("\n…");
		}
		return body.toString();
	}

	/** At most {@code max} characters, with an ellipsis when cut. */
	static String cut(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
	}

	private AlertText text(String kind, String what) {
		String prefix = "alerts.suggest." + kind + ".";
		return new AlertText(get(prefix + "headline", Languages.ENGLISH, what),
				get(prefix + "headline", Languages.FRENCH, what), get(prefix + "body", Languages.ENGLISH, what),
				get(prefix + "body", Languages.FRENCH, what),
				get("alerts.suggest.instruction", Languages.ENGLISH, what),
				get("alerts.suggest.instruction", Languages.FRENCH, what), get(prefix + "sms", Languages.ENGLISH, what),
				get(prefix + "sms", Languages.FRENCH, what));
	}

	private String get(String code, Locale locale, String what) {
		return this.messages.get(code, locale, what);
	}

}
