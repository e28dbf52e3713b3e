package org.satellite.alerts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous community reports of a bad batch or an overdose, and the coordinators' triage
 * of them. An overdose report counts toward an overdose cluster, which makes a suggested
 * draft; nothing is ever sent without a person.
 */
@Service
public class CommunityReports {

	static final int MAX_LENGTH = 1000;

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s().-]{7,}\\d");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

	private final JdbcClient jdbc;

	private final Sites sites;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final Suggestions suggestions;

	CommunityReports(JdbcClient jdbc, Sites sites, Idempotency idempotency, ProgramTime time, Suggestions suggestions) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.idempotency = idempotency;
		this.time = time;
		this.suggestions = suggestions;
	}

	/**
	 * Records a report. The text loses anything that looks like a phone number or an
	 * email address before it is stored: reports are anonymous even when people forget.
	 * @param zoneCode a zone code or {@code null}
	 */
	@Transactional
	public Idempotency.Outcome report(ReportKind kind, String zoneCode, String text, String channel, String key) {
		if (kind == null) {
			throw new Refusal("alerts.error.reportKind");
		}
		String clean = check(text);
		String zone = (zoneCode == null || zoneCode.isBlank()) ? null : zoneCode.strip().toUpperCase(Locale.ROOT);
		if (zone != null && this.sites.zone(zone).isEmpty()) {
			throw new Refusal("alerts.error.unknownZone", zoneCode);
		}
		return this.idempotency.once("community-report", key, Idempotency.fingerprint(kind, zone, clean), (id) -> {
			Instant now = this.time.now();
			this.jdbc.sql("""
					INSERT INTO community_reports (id, kind, zone_code, text, channel, received_at)
					VALUES (:id, :kind, :zone, :text, :channel, :at)""")
				.param("id", id)
				.param("at", Timestamp.from(now))
				.param("kind", kind.name())
				.param("zone", zone)
				.param("text", clean)
				.param("channel", channel)
				.update();
			if (kind == ReportKind.OVERDOSE && zone != null) {
				this.suggestions.overdoseSeen(id, zone, now, "REPORT");
			}
			if (kind == ReportKind.BAD_BATCH && zone != null) {
				this.suggestions.badBatchSeen(zone, now);
			}
		});
	}

	/**
	 * The text of a report as it would be stored, or a refusal saying why it cannot be;
	 * changes nothing, so a caller inside a transaction can check first.
	 */
	public String check(String text) {
		String clean = scrub(text);
		if (clean.isEmpty()) {
			throw new Refusal("alerts.error.reportEmpty");
		}
		if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
			throw new Refusal("alerts.error.reportTooLong", MAX_LENGTH);
		}
		return clean;
	}

	/** Reports waiting for a coordinator, newest first. */
	public List<CommunityReport> queue(StaffMember by) {
		AlertDesk.requireDesk(by);
		return this.jdbc.sql("""
				SELECT id, kind, zone_code, text, channel, received_at, status FROM community_reports
				WHERE status = 'NEW' ORDER BY received_at DESC LIMIT 200""").query(CommunityReport.class).list();
	}

	@Transactional
	public void dismiss(StaffMember by, UUID id) {
		AlertDesk.requireDesk(by);
		this.jdbc.sql(
				"UPDATE community_reports SET status = 'DISMISSED', triaged_by = :by WHERE id = :id AND status = 'NEW'")
			.param("by", by.username())
			.param("id", id)
			.update();
	}

	/**
	 * Makes a suggested draft from one report, marks the report used and returns the
	 * draft.
	 */
	@Transactional
	public UUID draftFrom(StaffMember by, UUID id) {
		return draftFrom(by, List.of(id));
	}

	/**
	 * Makes one suggested draft from a group of open reports, links every report to it
	 * (its sources and the reports' alert), takes them out of the queue and returns the
	 * draft. Sending the same group again returns the same draft; a group with no report,
	 * an unknown report or one already handled is refused and changes nothing.
	 */
	@Transactional
	public UUID draftFrom(StaffMember by, List<UUID> ids) {
		AlertDesk.requireDesk(by);
		List<UUID> group = (ids == null) ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
		if (group.isEmpty()) {
			throw new Refusal("alerts.error.noReportTicked");
		}
		List<Triage> found = this.jdbc.sql("""
				SELECT id, kind, zone_code, text, channel, received_at, status, alert_id FROM community_reports
				WHERE id = ANY(:ids) ORDER BY received_at FOR UPDATE""")
			.param("ids", group.toArray(UUID[]::new))
			.query(Triage.class)
			.list();
		if (found.size() < group.size()) {
			throw new NotFound("alerts.error.unknownReport");
		}
		Set<UUID> alerts = found.stream().map(Triage::alertId).collect(Collectors.toSet());
		if (alerts.size() == 1 && !alerts.contains(null)
				&& found.stream().allMatch((row) -> "USED".equals(row.status()))
				&& linked(alerts.iterator().next()) == group.size()) {
			return alerts.iterator().next();
		}
		if (found.stream().anyMatch((row) -> !"NEW".equals(row.status()))) {
			throw new Refusal("alerts.error.reportHandled");
		}
		UUID draft = this.suggestions.fromReports(found.stream().map(Triage::report).toList());
		this.jdbc.sql(
				"UPDATE community_reports SET status = 'USED', triaged_by = :by, alert_id = :alert WHERE id = ANY(:ids)")
			.param("by", by.username())
			.param("alert", draft)
			.param("ids", group.toArray(UUID[]::new))
			.update();
		return draft;
	}

	private long linked(UUID alert) {
		return this.jdbc.sql("SELECT count(*) FROM community_reports WHERE alert_id = :alert")
			.param("alert", alert)
			.query(Long.class)
			.single();
	}

	/** A report with what became of it. */
	private record Triage(UUID id, ReportKind kind, String zoneCode, String text, String channel, Instant receivedAt,
			String status, UUID alertId) {

		CommunityReport report() {
			return new CommunityReport(this.id, this.kind, this.zoneCode, this.text, this.channel, this.receivedAt,
					this.status);
		}

	}

	static String scrub(String text) {
		if (text == null) {
			return "";
		}
		String clean = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n]]", "").strip();
		clean = EMAIL.matcher(clean).replaceAll("[…]");
		return PHONE.matcher(clean).replaceAll("[…]");
	}

}
