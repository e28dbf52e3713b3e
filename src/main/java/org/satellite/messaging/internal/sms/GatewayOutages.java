package org.satellite.messaging.internal.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.satellite.messaging.SmsOutage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The times a node could not reach the SMS centre ({@code sms_gateway_outages}), so that
 * a delivery page can say after the fact that messages waited, and for how long. Rows
 * hold a node name, a problem code and two times.
 */
@Repository
public class GatewayOutages {

	private final JdbcClient jdbc;

	GatewayOutages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that an outage began, and returns its id. */
	long began(String node, String problem, Instant at) {
		return this.jdbc.sql(
				"INSERT INTO sms_gateway_outages (node, problem, started_at) VALUES (:node, :problem, :at) RETURNING id")
			.param("node", node)
			.param("problem", problem)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Records the latest problem of an outage that goes on. */
	void stillDown(long id, String problem) {
		this.jdbc.sql("UPDATE sms_gateway_outages SET problem = :problem WHERE id = :id")
			.param("problem", problem)
			.param("id", id)
			.update();
	}

	void ended(long id, Instant at) {
		this.jdbc.sql("UPDATE sms_gateway_outages SET ended_at = :at WHERE id = :id AND ended_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/**
	 * The outages of any node that overlap a time span, oldest first; {@code to} is null
	 * for "until now".
	 */
	public List<SmsOutage> between(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT node, problem, started_at, ended_at FROM sms_gateway_outages
				WHERE started_at <= coalesce(CAST(:to AS timestamptz), program_now())
				  AND (ended_at IS NULL OR ended_at >= :from)
				ORDER BY started_at LIMIT 50""")
			.param("from", Timestamp.from(from))
			.param("to", (to != null) ? Timestamp.from(to) : null)
			.query((rs, row) -> new SmsOutage(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null))
			.list();
	}

}
