package org.satellite.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.referrals.internal.DirectoryEntry;
import org.satellite.referrals.internal.Referral;
import org.satellite.referrals.internal.ReferralOutcome;
import org.satellite.referrals.internal.ServicesDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals logged by peer workers: a kind and, when it is in the directory, a service;
 * later, maybe, what came of it. Nothing about the person referred.
 */
@Service
public class Referrals {

	private final JdbcClient jdbc;

	private final Sites sites;

	private final ServicesDirectory directory;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	Referrals(JdbcClient jdbc, Sites sites, ServicesDirectory directory, Idempotency idempotency, ProgramTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.directory = directory;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
	}

	/**
	 * Logs a referral at a site.
	 * @param serviceId a service of the directory of that kind, or null when the service
	 * is not listed
	 */
	@Transactional
	public Idempotency.Outcome refer(StaffMember by, String siteCode, ReferralKind kind, Long serviceId,
			String idempotencyKey) {
		if (!by.mayActFor(siteCode)) {
			throw new NotAllowed("referrals.error.otherSite");
		}
		this.sites.require(siteCode);
		if (kind == null) {
			throw new Refusal("referrals.error.kindRequired");
		}
		if (serviceId != null) {
			DirectoryEntry service = this.directory.require(serviceId);
			if (service.kind() != kind || !service.active()) {
				throw new Refusal("referrals.error.unknownService");
			}
		}
		Instant now = this.time.now();
		return this.idempotency.once("referral", idempotencyKey, Idempotency.fingerprint(siteCode, kind, serviceId),
				(id) -> {
					this.jdbc.sql("""
							INSERT INTO referrals (id, site_code, kind, service_id, occurred_at, recorded_by)
							VALUES (:id, :site, :kind, :service, :occurred, :by)""")
						.param("id", id)
						.param("site", siteCode)
						.param("kind", kind.name())
						.param("service", serviceId)
						.param("occurred", Timestamp.from(now))
						.param("by", by.username())
						.update();
					this.events.publishEvent(new ReferralRecorded(id, siteCode, now));
				});
	}

	/**
	 * Records what came of a referral; a later answer replaces an earlier one.
	 */
	@Transactional
	public void recordOutcome(StaffMember by, UUID referralId, ReferralOutcome outcome) {
		Referral referral = this.jdbc.sql("SELECT * FROM referrals WHERE id = :id")
			.param("id", referralId)
			.query(Referrals::referral)
			.optional()
			.orElseThrow(() -> new Refusal("referrals.error.unknownReferral"));
		if (!by.mayActFor(referral.siteCode())) {
			throw new NotAllowed("referrals.error.otherSite");
		}
		if (outcome == null) {
			throw new Refusal("referrals.error.outcomeRequired");
		}
		this.jdbc.sql("UPDATE referrals SET outcome = :outcome, outcome_at = program_now() WHERE id = :id")
			.param("outcome", outcome.name())
			.param("id", referralId)
			.update();
		this.events.publishEvent(new ReferralRecorded(referralId, referral.siteCode(), referral.occurredAt()));
	}

	/**
	 * The referrals of a site since a moment, newest first.
	 */
	public List<Referral> since(String siteCode, Instant since) {
		return this.jdbc
			.sql("SELECT * FROM referrals WHERE site_code = :site AND occurred_at >= :since ORDER BY occurred_at DESC")
			.param("site", siteCode)
			.param("since", Timestamp.from(since))
			.query(Referrals::referral)
			.list();
	}

	/**
	 * How many referrals of each kind a site (or the program, when null) made in a
	 * period.
	 */
	public Map<ReferralKind, Long> byKind(String siteCode, Instant from, Instant to) {
		Map<ReferralKind, Long> counts = new EnumMap<>(ReferralKind.class);
		for (ReferralKind kind : ReferralKind.values()) {
			counts.put(kind, 0L);
		}
		this.jdbc.sql("""
				SELECT kind, count(*) FROM referrals
				WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to
				GROUP BY kind""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> counts.put(ReferralKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Referrals in a period by site, kind and outcome ("NOT_KNOWN_YET" while none was
	 * recorded), for the export.
	 */
	public List<Count> byKindAndOutcome(Instant from, Instant to) {
		return this.jdbc
			.sql("""
					SELECT site_code, kind, coalesce(outcome, 'NOT_KNOWN_YET') AS outcome, count(*) AS referrals FROM referrals
					WHERE occurred_at >= :from AND occurred_at < :to
					GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Count.class)
			.list();
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		long service = rs.getLong("service_id");
		return new Referral(rs.getObject("id", UUID.class), rs.getString("site_code"),
				ReferralKind.valueOf(rs.getString("kind")), rs.wasNull() ? null : service,
				rs.getTimestamp("occurred_at").toInstant(), (outcome != null) ? ReferralOutcome.valueOf(outcome) : null,
				rs.getString("recorded_by"));
	}

	/**
	 * A line of the referrals export.
	 */
	public record Count(String siteCode, String kind, String outcome, long referrals) {
	}

}
