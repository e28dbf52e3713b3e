package org.satellite.supplies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.supplies.Stockroom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restock requests: a peer worker asks in one tap, the coordinator sees the queue and
 * answers it with a transfer.
 */
@Service
public class Restocks {

	private static final String COLUMNS = "id, site_code, requested_at, requested_by, fulfilled_at, fulfilled_by, transfer_id";

	private final JdbcClient jdbc;

	private final Sites sites;

	private final Stockroom stockroom;

	private final SuppliesSettings settings;

	Restocks(JdbcClient jdbc, Sites sites, Stockroom stockroom, SuppliesSettings settings) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.stockroom = stockroom;
		this.settings = settings;
	}

	/**
	 * Asks for a restock of a site. Asking again while a request is open changes nothing
	 * and returns the open one.
	 */
	@Transactional
	public RestockRequest request(StaffMember by, String siteCode) {
		if (!by.mayActFor(siteCode)) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		this.sites.require(siteCode);
		this.jdbc.sql("""
				INSERT INTO restock_requests (id, site_code, requested_by) VALUES (:id, :site, :by)
				ON CONFLICT (site_code) WHERE fulfilled_at IS NULL DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("site", siteCode)
			.param("by", by.username())
			.update();
		return openFor(siteCode).orElseThrow();
	}

	public Optional<RestockRequest> openFor(String siteCode) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM restock_requests WHERE site_code = :site AND fulfilled_at IS NULL")
			.param("site", siteCode)
			.query(Restocks::request)
			.optional();
	}

	public List<RestockRequest> queue() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM restock_requests WHERE fulfilled_at IS NULL ORDER BY requested_at")
			.query(Restocks::request)
			.list();
	}

	/**
	 * Answers a site's open request (if any) with a transfer from the hub. The transfer
	 * is recorded even when no request was open: coordinators restock sites on their
	 * rounds too.
	 */
	@Transactional
	public Idempotency.Outcome restock(StaffMember by, String siteCode, List<TransferLine> lines, Instant occurredAt,
			String idempotencyKey) {
		if (!(by.is(Role.ADMIN) || by.is(Role.COORDINATOR))) {
			throw new NotAllowed("supplies.error.coordinatorsOnly");
		}
		if (this.sites.find(siteCode).isEmpty()) {
			throw new Refusal("supplies.error.unknownLocation", siteCode);
		}
		Idempotency.Outcome transfer = this.stockroom.transfer(by, this.settings.hubCode(), siteCode, occurredAt, lines,
				idempotencyKey);
		this.jdbc.sql("""
				UPDATE restock_requests SET fulfilled_at = program_now(), fulfilled_by = :by, transfer_id = :transfer
				WHERE site_code = :site AND fulfilled_at IS NULL""")
			.param("by", by.username())
			.param("transfer", transfer.id())
			.param("site", siteCode)
			.update();
		return transfer;
	}

	private static RestockRequest request(ResultSet rs, int row) throws SQLException {
		return new RestockRequest(rs.getObject("id", UUID.class), rs.getString("site_code"),
				instant(rs, "requested_at"), rs.getString("requested_by"), instant(rs, "fulfilled_at"),
				rs.getString("fulfilled_by"), rs.getObject("transfer_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
