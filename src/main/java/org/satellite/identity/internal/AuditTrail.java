package org.satellite.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		return search(new Filter(null, null, null, null), 0, limit).entries();
	}

	/**
	 * One page of the lines that pass the filter, the newest first, and how many pass it
	 * in all.
	 */
	public Page search(Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (filter.action() != null) {
			where.append(" AND action = :action");
			params.put("action", filter.action());
		}
		if (filter.actor() != null) {
			where.append(" AND actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.from() != null) {
			where.append(" AND at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			where.append(" AND at < :until");
			params.put("until", Timestamp.from(filter.until()));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM audit_events" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Entry> entries = this.jdbc
			.sql("SELECT at, actor, action, subject, detail FROM audit_events" + where
					+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
			.list();
		return new Page(entries, total);
	}

	/** Every action code the trail holds, for choosing one. */
	public List<String> actions() {
		return this.jdbc.sql("SELECT DISTINCT action FROM audit_events ORDER BY action").query(String.class).list();
	}

	/**
	 * Which lines to show; {@code null} means any.
	 *
	 * @param from the first moment included
	 * @param until the first moment no longer included
	 */
	public record Filter(String action, String actor, Instant from, Instant until) {
	}

	/** Lines of one page and how many lines pass the filter in all. */
	public record Page(List<Entry> entries, long total) {
	}

	/**
	 * One line of the trail.
	 */
	public record Entry(Instant at, String actor, String action, String subject, String detail) {
	}

}
