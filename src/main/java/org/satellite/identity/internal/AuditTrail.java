package org.satellite.identity.internal;

import java.time.Instant;
import java.util.List;

import org.satellite.identity.CurrentStaff;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail: logins, failed logins, account changes, exports, views of
 * contact details.
 *
 * <p>
 * Other modules publish {@link Audited}; it is written here synchronously, in the
 * publisher's transaction, so an export or a look-up that happened is never missing from
 * the trail. The table refuses updates and deletes.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Audited event) {
		record(event.action(), event.subject(), event.detail());
	}

	/**
	 * Records an action by whoever is making the current request ("system" outside a
	 * request).
	 */
	public void record(String action, String subject, String detail) {
		recordAs(CurrentStaff.get().map(StaffMember::username).orElse("system"), action, subject, detail);
	}

	public void recordAs(String actor, String action, String subject, String detail) {
		this.jdbc.sql(
				"INSERT INTO audit_events (actor, action, subject, detail) VALUES (:actor, :action, :subject, :detail)")
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail)
			.update();
	}

	public List<Entry> latest(int limit) {
		return this.jdbc
			.sql("SELECT at, actor, action, subject, detail FROM audit_events ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
			.list();
	}

	/**
	 * One line of the trail.
	 */
	public record Entry(Instant at, String actor, String action, String subject, String detail) {
	}

}
