package org.satellite.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.satellite.alerts.internal.Suggestions;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous community reports of a bad batch or an overdose, and the coordinators' triage of them. An overdose
 * report counts toward an overdose cluster, which makes a suggested draft; nothing is ever sent without a person.
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
	 * Records a report. The text loses anything that looks like a phone number or an email address before it is
	 * stored: reports are anonymous even when people forget.
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
			this.jdbc.sql("INSERT INTO community_reports (id, kind, zone_code, text, channel) VALUES (:id, :kind, :zone, :text, :channel)")
				.param("id", id)
				.param("kind", kind.name())
				.param("zone", zone)
				.param("text", clean)
				.param("channel", channel)
				.update();
			if (kind == ReportKind.OVERDOSE && zone != null) {
				this.suggestions.overdoseSeen(id, zone, this.time.now(), "REPORT");
			}
		});
	}

	/**
	 * The text of a report as it would be stored, or a refusal saying why it cannot be; changes nothing, so a caller
	 * inside a transaction can check first.
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
				WHERE status = 'NEW' ORDER BY received_at DESC LIMIT 200""")
			.query(CommunityReport.class)
			.list();
	}

	@Transactional
	public void dismiss(StaffMember by, UUID id) {
		AlertDesk.requireDesk(by);
		this.jdbc.sql("UPDATE community_reports SET status = 'DISMISSED', triaged_by = :by WHERE id = :id AND status = 'NEW'")
			.param("by", by.username())
			.param("id", id)
			.update();
	}

	/**
	 * Makes a suggested draft from a report, marks the report used and returns the draft.
	 */
	@Transactional
	public UUID draftFrom(StaffMember by, UUID id) {
		AlertDesk.requireDesk(by);
		CommunityReport report = this.jdbc.sql("SELECT id, kind, zone_code, text, channel, received_at, status FROM community_reports WHERE id = :id")
			.param("id", id)
			.query(CommunityReport.class)
			.optional()
			.orElseThrow(() -> new org.satellite.platform.NotFound("alerts.error.unknownReport"));
		UUID draft = this.suggestions.fromReport(report);
		this.jdbc.sql("UPDATE community_reports SET status = 'USED', triaged_by = :by, alert_id = :alert WHERE id = :id")
			.param("by", by.username())
			.param("alert", draft)
			.param("id", id)
			.update();
		return draft;
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
