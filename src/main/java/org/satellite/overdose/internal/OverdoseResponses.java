package org.satellite.overdose.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.overdose.CheckInRequested;
import org.satellite.overdose.OverdoseResponseRecorded;
import org.satellite.overdose.OverdoseResponseWithdrawn;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.supplies.Stock;
import org.satellite.supplies.StockLevel;
import org.satellite.supplies.SupplyLedger;
import org.satellite.supplies.Stockroom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdose responses and the check-ins responders ask for afterwards.
 *
 * <p>
 * A response is recorded once per idempotency key. The naloxone given leaves the site's
 * stock through the supplies ledger in the same transaction. Giving more than the ledger
 * shows is never refused (the person who gave it is right, the ledger is late); the
 * response is flagged for the coordinator instead. Each response publishes
 * {@link OverdoseResponseRecorded}, which carries the zone, the time and the substances
 * and nothing else.
 */
@Service
public class OverdoseResponses {

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final String COLUMNS = """
			id, site_code, zone_code, occurred_at, substances, naloxone_doses, naloxone_form, called_911, no_call_reason,
			stayed, outcome, responder, doses_beyond_stock, recorded_at, recorded_by""";

	private final JdbcClient jdbc;

	private final Sites sites;

	private final Stock stock;

	private final Stockroom stockroom;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	OverdoseResponses(JdbcClient jdbc, Sites sites, Stock stock, Stockroom stockroom, Idempotency idempotency,
			ProgramTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.stock = stock;
		this.stockroom = stockroom;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public Idempotency.Outcome record(StaffMember by, NewOverdoseResponse response, String idempotencyKey) {
		if (!by.mayActFor(response.siteCode())) {
			throw new NotAllowed("overdose.error.otherSite");
		}
		Site site = this.sites.require(response.siteCode());
		Instant when = requirePlausible(response.occurredAt());
		String zone = (response.zoneCode() == null || response.zoneCode().isBlank()) ? site.zoneCode()
				: response.zoneCode().strip();
		if (this.sites.zone(zone).isEmpty()) {
			throw new Refusal("overdose.error.unknownZone", zone);
		}
		List<String> substances = SuspectedSubstances.require(response.substances());
		if (response.naloxoneDoses() < 0 || response.naloxoneDoses() > 20) {
			throw new Refusal("overdose.error.badDoses");
		}
		NaloxoneForm form = (response.naloxoneDoses() > 0) ? response.naloxoneForm() : null;
		if (response.naloxoneDoses() > 0 && form == null) {
			throw new Refusal("overdose.error.formRequired");
		}
		if (response.called911() == null) {
			throw new Refusal("overdose.error.called911Required");
		}
		NoCallReason reason = response.called911() ? null : response.noCallReason();
		if (!response.called911() && reason == null) {
			throw new Refusal("overdose.error.noCallReasonRequired");
		}
		if (response.stayed() == null) {
			throw new Refusal("overdose.error.stayedRequired");
		}
		if (response.outcome() == null) {
			throw new Refusal("overdose.error.outcomeRequired");
		}
		if (response.responder() == null) {
			throw new Refusal("overdose.error.responderRequired");
		}
		String fingerprint = Idempotency.fingerprint(site.code(), response.occurredAt(), zone, substances,
				response.naloxoneDoses(), form, response.called911(), reason, response.stayed(), response.outcome(),
				response.responder());
		return this.idempotency.once("overdose-response", idempotencyKey, fingerprint, (id) -> {
			boolean beyondStock = form != null && response.naloxoneDoses() > held(site.code(), form.itemCode());
			this.jdbc
				.sql("""
						INSERT INTO overdose_responses (id, site_code, zone_code, occurred_at, substances, naloxone_doses,
						    naloxone_form, called_911, no_call_reason, stayed, outcome, responder, doses_beyond_stock, recorded_by)
						VALUES (:id, :site, :zone, :occurred, string_to_array(:substances, '|'), :doses, :form, :called,
						    :reason, :stayed, :outcome, :responder, :beyond, :by)""")
				.param("id", id)
				.param("site", site.code())
				.param("zone", zone)
				.param("occurred", Timestamp.from(when))
				.param("substances", String.join("|", substances))
				.param("doses", response.naloxoneDoses())
				.param("form", (form != null) ? form.name() : null)
				.param("called", response.called911())
				.param("reason", (reason != null) ? reason.name() : null)
				.param("stayed", response.stayed())
				.param("outcome", response.outcome().name())
				.param("responder", response.responder().name())
				.param("beyond", beyondStock)
				.param("by", by.username())
				.update();
			if (form != null) {
				this.stockroom.administer(by, id, site.code(), form.itemCode(), response.naloxoneDoses(), when);
			}
			this.events.publishEvent(new OverdoseResponseRecorded(id, zone, when, substances));
		});
	}

	/**
	 * Undoes a report made by mistake: the response, its check-in request and the
	 * naloxone it took out of stock (put back with a reversing ledger line) are gone, and
	 * {@link OverdoseResponseWithdrawn} tells the alerts module to stop counting it. Peer
	 * workers may undo their site's reports for as long as a distribution
	 * ({@link SupplyLedger#UNDO_WINDOW}) after recording them; coordinators at any time.
	 * Nothing of the report is kept: it described an overdose that did not happen that
	 * way.
	 * @throws Refusal when there is no such report (it may have been undone already) or
	 * it is too late
	 */
	@Transactional
	public void undo(StaffMember by, UUID responseId) {
		OverdoseResponse response = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM overdose_responses WHERE id = :id FOR UPDATE")
			.param("id", responseId)
			.query(OverdoseResponses::response)
			.optional()
			.orElseThrow(() -> new Refusal("overdose.error.unknownResponse"));
		if (!by.mayActFor(response.siteCode())) {
			throw new NotAllowed("overdose.error.otherSite");
		}
		if (by.is(Role.PEER_WORKER)
				&& response.recordedAt().isBefore(this.time.now().minus(SupplyLedger.UNDO_WINDOW))) {
			throw new Refusal("overdose.error.undoTooLate");
		}
		this.stockroom.reverseAdministered(by, responseId);
		this.jdbc.sql("DELETE FROM check_in_requests WHERE response_id = :id").param("id", responseId).update();
		this.jdbc.sql("DELETE FROM overdose_responses WHERE id = :id").param("id", responseId).update();
		this.events.publishEvent(new OverdoseResponseWithdrawn(responseId));
	}

	/**
	 * Puts a check-in with the responder into the coordinator's queue. Asking twice for
	 * one response changes nothing more.
	 */
	@Transactional
	public void requestCheckIn(StaffMember by, UUID responseId) {
		OverdoseResponse response = find(responseId).orElseThrow(() -> new Refusal("overdose.error.unknownResponse"));
		if (!by.mayActFor(response.siteCode())) {
			throw new NotAllowed("overdose.error.otherSite");
		}
		int asked = this.jdbc.sql("""
				INSERT INTO check_in_requests (id, response_id, site_code, requested_by)
				VALUES (:id, :response, :site, :by) ON CONFLICT (response_id) DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("response", responseId)
			.param("site", response.siteCode())
			.param("by", by.username())
			.update();
		if (asked > 0) {
			this.events.publishEvent(new CheckInRequested(responseId, response.zoneCode(), response.occurredAt()));
		}
	}

	/**
	 * The check-ins no coordinator has done yet, oldest first.
	 */
	public List<CheckInRequest> openCheckIns() {
		return this.jdbc.sql("""
				SELECT id, response_id, site_code, requested_by, requested_at, done_at, done_by
				FROM check_in_requests WHERE done_at IS NULL ORDER BY requested_at""")
			.query(CheckInRequest.class)
			.list();
	}

	@Transactional
	public void checkInDone(StaffMember by, UUID checkInId) {
		if (!(by.is(Role.COORDINATOR) || by.is(Role.ADMIN))) {
			throw new NotAllowed("overdose.error.coordinatorsOnly");
		}
		this.jdbc.sql(
				"UPDATE check_in_requests SET done_at = program_now(), done_by = :by WHERE id = :id AND done_at IS NULL")
			.param("by", by.username())
			.param("id", checkInId)
			.update();
	}

	public Optional<OverdoseResponse> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM overdose_responses WHERE id = :id")
			.param("id", id)
			.query(OverdoseResponses::response)
			.optional();
	}

	/**
	 * The responses of a site (or of every site when null) that happened in a period,
	 * newest first.
	 */
	public List<OverdoseResponse> between(String siteCode, Instant from, Instant to) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM overdose_responses
				WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to
				ORDER BY occurred_at DESC""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(OverdoseResponses::response)
			.list();
	}

	/**
	 * Responses where more naloxone was given than the site's stock showed, newest first.
	 */
	public List<OverdoseResponse> beyondStock(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM overdose_responses WHERE doses_beyond_stock ORDER BY occurred_at DESC LIMIT :limit")
			.param("limit", limit)
			.query(OverdoseResponses::response)
			.list();
	}

	private int held(String siteCode, String itemCode) {
		return this.stock.at(siteCode)
			.stream()
			.filter((level) -> level.itemCode().equals(itemCode))
			.mapToInt(StockLevel::quantity)
			.findFirst()
			.orElse(0);
	}

	private Instant requirePlausible(Instant occurredAt) {
		Instant when = (occurredAt != null) ? occurredAt : this.time.now();
		if (when.isAfter(this.time.now().plus(CLOCK_SKEW))) {
			throw new Refusal("overdose.error.future");
		}
		return when;
	}

	private static OverdoseResponse response(ResultSet rs, int row) throws SQLException {
		Array substances = rs.getArray("substances");
		String form = rs.getString("naloxone_form");
		String reason = rs.getString("no_call_reason");
		return new OverdoseResponse(rs.getObject("id", UUID.class), rs.getString("site_code"),
				rs.getString("zone_code"), rs.getTimestamp("occurred_at").toInstant(),
				List.of((String[]) substances.getArray()), rs.getInt("naloxone_doses"),
				(form != null) ? NaloxoneForm.valueOf(form) : null, rs.getBoolean("called_911"),
				(reason != null) ? NoCallReason.valueOf(reason) : null, rs.getBoolean("stayed"),
				ResponseOutcome.valueOf(rs.getString("outcome")), Responder.valueOf(rs.getString("responder")),
				rs.getBoolean("doses_beyond_stock"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"));
	}

}
