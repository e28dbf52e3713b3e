package org.satellite.alerts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satellite.checking.SubstanceClass;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts table. Lists travel as text arrays, written with {@code string_to_array} on
 * a separator no text holds.
 */
@Repository
public class Alerts {

	static final String SEPARATOR = "\u001f";

	private static final String COLUMNS = """
			id, kind, refers_to, status, severity, zones, substances, classes, description, headline_en, headline_fr,
			body_en, body_fr, instruction_en, instruction_fr, sms_en, sms_fr, effective_from, expires_at, sources,
			suggested, drafted_by, approved_by, approved_at, issued_by, issued_at, created_at""";

	private static final String SEVERITY_RANK = "CASE severity WHEN 'URGENT' THEN 3 WHEN 'WARNING' THEN 2 ELSE 1 END";

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, AlertKind kind, UUID refersTo, AlertStatus status, AlertDraft draft, Instant from,
			Instant expires, boolean suggested, String by) {
		this.jdbc.sql("""
				INSERT INTO alerts (id, kind, refers_to, status, severity, zones, substances, classes, description,
				    headline_en, headline_fr, body_en, body_fr, instruction_en, instruction_fr, sms_en, sms_fr,
				    effective_from, expires_at, sources, suggested, drafted_by)
				VALUES (:id, :kind, :refersTo, :status, :severity, string_to_array(:zones, :sep),
				    string_to_array(:substances, :sep), string_to_array(:classes, :sep), :description, :headlineEn,
				    :headlineFr, :bodyEn, :bodyFr, :instructionEn, :instructionFr, :smsEn, :smsFr, :from, :expires,
				    string_to_array(:sources, :sep), :suggested, :by)""")
			.param("id", id)
			.param("kind", kind.name())
			.param("refersTo", refersTo)
			.param("status", status.name())
			.params(draftParameters(draft, from, expires))
			.param("suggested", suggested)
			.param("by", by)
			.update();
	}

	public void edit(UUID id, AlertDraft draft, Instant from, Instant expires) {
		this.jdbc
			.sql("""
					UPDATE alerts SET severity = :severity, zones = string_to_array(:zones, :sep),
					    substances = string_to_array(:substances, :sep), classes = string_to_array(:classes, :sep),
					    description = :description, headline_en = :headlineEn, headline_fr = :headlineFr, body_en = :bodyEn,
					    body_fr = :bodyFr, instruction_en = :instructionEn, instruction_fr = :instructionFr, sms_en = :smsEn,
					    sms_fr = :smsFr, effective_from = :from, expires_at = :expires, sources = string_to_array(:sources, :sep)
					WHERE id = :id AND status = 'DRAFT'""")
			.param("id", id)
			.params(draftParameters(draft, from, expires))
			.update();
	}

	private static Map<String, Object> draftParameters(AlertDraft draft, Instant from, Instant expires) {
		Map<String, Object> parameters = new HashMap<>();
		AlertText text = draft.text();
		parameters.put("severity", draft.severity().name());
		parameters.put("zones", String.join(SEPARATOR, draft.zones()));
		parameters.put("substances", String.join(SEPARATOR, draft.substances()));
		parameters.put("classes", String.join(SEPARATOR, draft.classes().stream().map(Enum::name).toList()));
		parameters.put("description", draft.description());
		parameters.put("headlineEn", text.headlineEn());
		parameters.put("headlineFr", text.headlineFr());
		parameters.put("bodyEn", text.bodyEn());
		parameters.put("bodyFr", text.bodyFr());
		parameters.put("instructionEn", text.instructionEn());
		parameters.put("instructionFr", text.instructionFr());
		parameters.put("smsEn", text.smsEn());
		parameters.put("smsFr", text.smsFr());
		parameters.put("from", Timestamp.from(from));
		parameters.put("expires", Timestamp.from(expires));
		parameters.put("sources", String.join(SEPARATOR, draft.sources()));
		parameters.put("sep", SEPARATOR);
		return parameters;
	}

	public void draftedBy(UUID id, String by) {
		this.jdbc.sql("UPDATE alerts SET drafted_by = :by WHERE id = :id").param("by", by).param("id", id).update();
	}

	/**
	 * Moves an alert from one status to another; false when it was not in the expected
	 * status (someone else moved it first).
	 */
	public boolean move(UUID id, AlertStatus from, AlertStatus to) {
		return this.jdbc.sql("UPDATE alerts SET status = :to WHERE id = :id AND status = :from")
			.param("to", to.name())
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	public void approved(UUID id, String by) {
		this.jdbc.sql(
				"UPDATE alerts SET status = 'APPROVED', approved_by = :by, approved_at = program_now() WHERE id = :id AND status = 'DRAFT'")
			.param("by", by)
			.param("id", id)
			.update();
	}

	public boolean issued(UUID id, String by) {
		return this.jdbc.sql(
				"UPDATE alerts SET status = 'ISSUED', issued_by = :by, issued_at = program_now() WHERE id = :id AND status = 'APPROVED'")
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	/** Marks issued alerts past their expiry as expired; returns how many. */
	public int expire() {
		return this.jdbc
			.sql("UPDATE alerts SET status = 'EXPIRED' WHERE status = 'ISSUED' AND expires_at <= program_now()")
			.update();
	}

	public Optional<Alert> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE id = :id")
			.param("id", id)
			.query(Alerts::map)
			.optional();
	}

	/**
	 * Adds what a later finding of its group brought to a suggestion, once, while it is a
	 * draft or dismissed; an approved or issued alert keeps the sources it was approved
	 * with. False when nothing was added.
	 */
	public boolean addSource(UUID id, String source) {
		return this.jdbc.sql("""
				UPDATE alerts SET sources = array_append(sources, :source)
				WHERE id = :id AND status IN ('DRAFT', 'DISMISSED') AND NOT (:source = ANY (sources))""")
			.param("source", source)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Dismisses a draft Satellite suggested, into another draft when it was merged; false
	 * when it is no longer a suggested draft (someone approved or dismissed it first).
	 */
	public boolean dismiss(UUID id, String by, UUID mergedInto) {
		return this.jdbc.sql("""
				UPDATE alerts SET status = 'DISMISSED', dismissed_by = :by, dismissed_at = program_now(),
				    merged_into = :into
				WHERE id = :id AND status = 'DRAFT' AND suggested""")
			.param("by", by)
			.param("into", mergedInto)
			.param("id", id)
			.update() == 1;
	}

	/** The draft a merged suggestion went into, if it was merged. */
	public Optional<UUID> mergedInto(UUID id) {
		return this.jdbc.sql("SELECT merged_into FROM alerts WHERE id = :id AND merged_into IS NOT NULL")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Alerts in effect (not their cancellations), the most severe first, then the newest.
	 */
	public List<Alert> inEffect(Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alerts WHERE status = 'ISSUED' AND kind <> 'CANCEL' "
					+ "AND expires_at > :now ORDER BY " + SEVERITY_RANK + " DESC, issued_at DESC")
			.param("now", Timestamp.from(now))
			.query(Alerts::map)
			.list();
	}

	/**
	 * Drafts a person wrote or took over from a suggestion, and approved alerts waiting
	 * to be issued: approved first, then the newest.
	 */
	public List<Alert> waiting(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alerts WHERE status IN ('DRAFT', 'APPROVED') "
					+ "AND drafted_by <> :system ORDER BY status = 'APPROVED' DESC, created_at DESC LIMIT :limit")
			.param("system", AlertDesk.SYSTEM)
			.param("limit", limit)
			.query(Alerts::map)
			.list();
	}

	/**
	 * Drafts Satellite suggested that nobody has taken over or dismissed yet, the most
	 * severe first, then the newest.
	 */
	public List<Alert> suggestions(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alerts WHERE status = 'DRAFT' AND drafted_by = :system " + "ORDER BY "
					+ SEVERITY_RANK + " DESC, created_at DESC LIMIT :limit")
			.param("system", AlertDesk.SYSTEM)
			.param("limit", limit)
			.query(Alerts::map)
			.list();
	}

	public long countSuggestions() {
		return this.jdbc.sql("SELECT count(*) FROM alerts WHERE status = 'DRAFT' AND drafted_by = :system")
			.param("system", AlertDesk.SYSTEM)
			.query(Long.class)
			.single();
	}

	/** Alerts no longer in effect and cancellations, the newest first. */
	public List<Alert> past(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alerts WHERE status IN ('UPDATED', 'CANCELLED', 'EXPIRED') "
					+ "OR (status = 'ISSUED' AND (kind = 'CANCEL' OR expires_at <= :now)) "
					+ "ORDER BY issued_at DESC NULLS LAST LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Alerts::map)
			.list();
	}

	/** Dismissed suggestions, the latest dismissed first. */
	public List<Dismissed> dismissed(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", dismissed_by, dismissed_at, merged_into FROM alerts "
					+ "WHERE status = 'DISMISSED' ORDER BY dismissed_at DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new Dismissed(map(rs, row), rs.getString("dismissed_by"),
					instant(rs.getTimestamp("dismissed_at")), rs.getObject("merged_into", UUID.class)))
			.list();
	}

	/**
	 * A dismissed suggestion: who dismissed it, when, and the draft it was merged into,
	 * if it was.
	 */
	public record Dismissed(Alert alert, String by, Instant at, UUID mergedInto) {

		public Evidence evidence() {
			return Evidence.of(this.alert);
		}

	}

	/** Alerts for the staff list: drafts and approved first, then the latest issued. */
	public List<Alert> latest(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " "
				+ """
						FROM alerts ORDER BY status IN ('DRAFT', 'APPROVED') DESC, coalesce(issued_at, created_at) DESC LIMIT :limit""")
			.param("limit", limit)
			.query(Alerts::map)
			.list();
	}

	/**
	 * What the public sees: issued alerts and their updates and cancellations, newest
	 * first.
	 */
	public List<Alert> published(Instant since, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM alerts WHERE status IN ('ISSUED', 'UPDATED', 'CANCELLED', 'EXPIRED') AND issued_at >= :since
				ORDER BY issued_at DESC LIMIT :limit""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query(Alerts::map)
			.list();
	}

	static Alert map(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getObject("id", UUID.class), AlertKind.valueOf(rs.getString("kind")),
				rs.getObject("refers_to", UUID.class), AlertStatus.valueOf(rs.getString("status")),
				Severity.valueOf(rs.getString("severity")), strings(rs.getArray("zones")),
				strings(rs.getArray("substances")),
				strings(rs.getArray("classes")).stream().map(SubstanceClass::valueOf).toList(),
				rs.getString("description"),
				new AlertText(rs.getString("headline_en"), rs.getString("headline_fr"), rs.getString("body_en"),
						rs.getString("body_fr"), rs.getString("instruction_en"), rs.getString("instruction_fr"),
						rs.getString("sms_en"), rs.getString("sms_fr")),
				instant(rs.getTimestamp("effective_from")), instant(rs.getTimestamp("expires_at")),
				strings(rs.getArray("sources")), rs.getBoolean("suggested"), rs.getString("drafted_by"),
				rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("issued_by"),
				instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("created_at")));
	}

	static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
