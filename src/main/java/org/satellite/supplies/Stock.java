package org.satellite.supplies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.supplies.internal.AdjustmentReason;
import org.satellite.supplies.internal.Distribution;
import org.satellite.supplies.internal.Movement;
import org.satellite.supplies.internal.MovementKind;
import org.satellite.supplies.internal.Movements;
import org.satellite.supplies.internal.NeedleReturn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ledger says each location holds, what happened there, and the thresholds below
 * which stock is low.
 */
@Service
public class Stock {

	private final JdbcClient jdbc;

	private final Stockroom stockroom;

	private final Movements movements;

	private final Catalogue catalogue;

	Stock(JdbcClient jdbc, Stockroom stockroom, Catalogue catalogue, Movements movements) {
		this.movements = movements;
		this.jdbc = jdbc;
		this.stockroom = stockroom;
		this.catalogue = catalogue;
	}

	/**
	 * Stock of every item a location holds, has held or has a threshold for, in catalogue
	 * order.
	 */
	public List<StockLevel> at(String location) {
		return this.jdbc.sql("""
				SELECT :location AS location, i.code AS item_code,
				       coalesce((SELECT sum(m.quantity) FROM stock_movements m
				                 WHERE m.location = :location AND m.item_code = i.code), 0) AS quantity,
				       coalesce(t.minimum, 0) AS minimum
				FROM items i LEFT JOIN stock_thresholds t ON t.item_code = i.code AND t.location = :location
				WHERE t.minimum IS NOT NULL
				   OR EXISTS (SELECT 1 FROM stock_movements m WHERE m.location = :location AND m.item_code = i.code)
				ORDER BY i.position, i.code""").param("location", location).query(StockLevel.class).list();
	}

	/**
	 * Stock of every location, keyed by location code.
	 */
	public Map<String, List<StockLevel>> everywhere() {
		Map<String, List<StockLevel>> byLocation = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					WITH levels AS (
					    SELECT location, item_code, sum(quantity) AS quantity FROM stock_movements GROUP BY location, item_code)
					SELECT coalesce(l.location, t.location) AS location, coalesce(l.item_code, t.item_code) AS item_code,
					       coalesce(l.quantity, 0) AS quantity, coalesce(t.minimum, 0) AS minimum
					FROM levels l FULL JOIN stock_thresholds t ON t.location = l.location AND t.item_code = l.item_code
					JOIN items i ON i.code = coalesce(l.item_code, t.item_code)
					ORDER BY 1, i.position, i.code""")
			.query(StockLevel.class)
			.list()
			.forEach((level) -> byLocation.computeIfAbsent(level.location(), (key) -> new ArrayList<>()).add(level));
		return byLocation;
	}

	public List<Movement> movementsAt(String location, int limit) {
		return this.jdbc
			.sql("""
					SELECT id, entry_id, occurred_at, recorded_at, location, item_code, quantity, kind, reason, lot, expires_on,
					       counterpart, recorded_by
					FROM stock_movements WHERE location = :location ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
			.param("location", location)
			.param("limit", limit)
			.query(Stock::movement)
			.list();
	}

	/**
	 * Lots that expire on or before a day and are still held somewhere, by location.
	 *
	 * <p>
	 * Lots are known when they come in (receipts and transfers that name them) but not
	 * when they go out, because a peer worker does not read a lot number while handing a
	 * kit over. So what a location still holds of each lot is estimated the way kits are
	 * used when people follow the rule "first to expire, first out": the location's stock
	 * is taken to be made of the lots that expire last. The quantity given for a lot is
	 * therefore the most it can still hold under that rule; stock that no known lot
	 * explains is left out.
	 */
	public List<ExpiringLot> expiringBy(LocalDate day) {
		return this.movements.lotsHeld(null, null).stream().filter((lot) -> !lot.expiresOn().isAfter(day)).toList();
	}

	/**
	 * Sets the low-stock threshold of an item at a location; 0 removes it.
	 */
	@Transactional
	public void setThreshold(StaffMember by, String location, String itemCode, int minimum) {
		if (!(by.is(Role.ADMIN) || by.is(Role.COORDINATOR))) {
			throw new NotAllowed("supplies.error.coordinatorsOnly");
		}
		if (!this.stockroom.isLocation(location)) {
			throw new Refusal("supplies.error.unknownLocation", location);
		}
		this.catalogue.require(itemCode);
		if (minimum < 0 || minimum > Stockroom.MAX_MOVED) {
			throw new Refusal("supplies.error.badMovedQuantity", itemCode);
		}
		if (minimum == 0) {
			this.jdbc.sql("DELETE FROM stock_thresholds WHERE location = :location AND item_code = :item")
				.param("location", location)
				.param("item", itemCode)
				.update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO stock_thresholds (location, item_code, minimum) VALUES (:location, :item, :minimum)
				ON CONFLICT (location, item_code) DO UPDATE SET minimum = EXCLUDED.minimum""")
			.param("location", location)
			.param("item", itemCode)
			.param("minimum", minimum)
			.update();
	}

	/**
	 * The distributions recorded at a site since a moment, newest first, with whether
	 * each was undone.
	 */
	public List<Distribution> distributionsSince(String siteCode, Instant since) {
		return distributions("d.site_code = :site AND d.recorded_at >= :since", "d.recorded_at DESC",
				Map.of("site", siteCode, "since", Timestamp.from(since)));
	}

	/**
	 * One page of the distributions at a site that happened from {@code from} (included)
	 * to {@code to} (excluded), the latest hand-out first. Counted by when the hand-out
	 * happened, not when it was recorded: entries typed late or back-dated belong to the
	 * day they happened, so they do not flood the phone view's "today".
	 */
	public List<Distribution> distributionsHappened(String siteCode, Instant from, Instant to, int offset, int limit) {
		return distributions("d.site_code = :site AND d.occurred_at >= :from AND d.occurred_at < :to",
				"d.occurred_at DESC, d.recorded_at DESC OFFSET :offset LIMIT :limit", Map.of("site", siteCode, "from",
						Timestamp.from(from), "to", Timestamp.from(to), "offset", offset, "limit", limit));
	}

	private List<Distribution> distributions(String where, String order, Map<String, Object> params) {
		List<Distribution> found = this.jdbc
			.sql("""
					SELECT d.id, d.site_code, d.occurred_at, d.also_for, d.client_hash IS NOT NULL AS with_client,
					       EXISTS (SELECT 1 FROM distributions r WHERE r.reverses = d.id) AS undone, d.recorded_at, d.recorded_by
					FROM distributions d
					WHERE d.reverses IS NULL AND %s
					ORDER BY %s"""
				.formatted(where, order))
			.params(params)
			.query((rs, row) -> new Distribution(rs.getObject("id", UUID.class), rs.getString("site_code"),
					instant(rs, "occurred_at"), new LinkedHashMap<>(), rs.getInt("also_for"),
					rs.getBoolean("with_client"), rs.getBoolean("undone"), instant(rs, "recorded_at"),
					rs.getString("recorded_by")))
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, Map<String, Integer>> lines = new LinkedHashMap<>();
		found.forEach((distribution) -> lines.put(distribution.id(), distribution.items()));
		this.jdbc.sql("""
				SELECT entry_id, item_code, -quantity FROM stock_movements
				WHERE entry_id = ANY(:ids) ORDER BY id""")
			.param("ids", lines.keySet().toArray(UUID[]::new))
			.query((rs, row) -> lines.get(rs.getObject(1, UUID.class)).put(rs.getString(2), rs.getInt(3)))
			.list();
		return found;
	}

	public Optional<Distribution> distribution(UUID id) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		this.jdbc.sql("SELECT item_code, -quantity FROM stock_movements WHERE entry_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, row) -> lines.put(rs.getString(1), rs.getInt(2)))
			.list();
		return this.jdbc
			.sql("""
					SELECT d.id, d.site_code, d.occurred_at, d.also_for, d.client_hash IS NOT NULL AS with_client,
					       EXISTS (SELECT 1 FROM distributions r WHERE r.reverses = d.id) AS undone, d.recorded_at, d.recorded_by
					FROM distributions d WHERE d.id = :id AND d.reverses IS NULL""")
			.param("id", id)
			.query((rs, row) -> new Distribution(rs.getObject("id", UUID.class), rs.getString("site_code"),
					instant(rs, "occurred_at"), lines, rs.getInt("also_for"), rs.getBoolean("with_client"),
					rs.getBoolean("undone"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.optional();
	}

	public List<NeedleReturn> returnsSince(String siteCode, Instant since) {
		return this.jdbc
			.sql("""
					SELECT n.id, n.site_code, n.occurred_at, n.needles, n.grams,
					       EXISTS (SELECT 1 FROM needle_returns r WHERE r.reverses = n.id) AS undone, n.recorded_at, n.recorded_by
					FROM needle_returns n
					WHERE n.site_code = :site AND n.recorded_at >= :since AND n.reverses IS NULL
					ORDER BY n.recorded_at DESC""")
			.param("site", siteCode)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new NeedleReturn(rs.getObject("id", UUID.class), rs.getString("site_code"),
					instant(rs, "occurred_at"), rs.getInt("needles"), (Integer) rs.getObject("grams"),
					rs.getBoolean("undone"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * At most {@code limit} needle returns at a site that happened since a moment, the
	 * latest first: by when they happened, as {@link #distributionsHappened} counts.
	 */
	public List<NeedleReturn> returnsHappened(String siteCode, Instant since, int limit) {
		return this.jdbc
			.sql("""
					SELECT n.id, n.site_code, n.occurred_at, n.needles, n.grams,
					       EXISTS (SELECT 1 FROM needle_returns r WHERE r.reverses = n.id) AS undone, n.recorded_at, n.recorded_by
					FROM needle_returns n
					WHERE n.site_code = :site AND n.occurred_at >= :since AND n.reverses IS NULL
					ORDER BY n.occurred_at DESC, n.recorded_at DESC LIMIT :limit""")
			.param("site", siteCode)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, row) -> new NeedleReturn(rs.getObject("id", UUID.class), rs.getString("site_code"),
					instant(rs, "occurred_at"), rs.getInt("needles"), (Integer) rs.getObject("grams"),
					rs.getBoolean("undone"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	public Optional<NeedleReturn> needleReturn(UUID id) {
		return this.jdbc.sql("SELECT site_code, recorded_at FROM needle_returns WHERE id = :id AND reverses IS NULL")
			.param("id", id)
			.query((rs, row) -> returnsSince(rs.getString(1), instant(rs, "recorded_at")))
			.optional()
			.flatMap((list) -> list.stream().filter((found) -> found.id().equals(id)).findFirst());
	}

	/**
	 * The items a site handed out most since a moment, most first, for putting them at
	 * the top of the phone view.
	 */
	public List<String> mostDistributed(String siteCode, Instant since, int limit) {
		return this.jdbc.sql("""
				SELECT item_code FROM stock_movements
				WHERE location = :site AND kind = 'DISTRIBUTED' AND occurred_at >= :since
				GROUP BY item_code ORDER BY count(*) DESC, item_code LIMIT :limit""")
			.param("site", siteCode)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * When each location last had anything recorded, keyed by location code.
	 */
	public Map<String, Instant> lastActivity() {
		Map<String, Instant> last = new LinkedHashMap<>();
		this.jdbc.sql("SELECT location, max(recorded_at) FROM stock_movements GROUP BY location")
			.query((rs, row) -> last.put(rs.getString(1), instant(rs, "max")))
			.list();
		return last;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Movement movement(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reason");
		return new Movement(rs.getLong("id"), rs.getObject("entry_id", UUID.class), instant(rs, "occurred_at"),
				instant(rs, "recorded_at"), rs.getString("location"), rs.getString("item_code"), rs.getInt("quantity"),
				MovementKind.valueOf(rs.getString("kind")), (reason != null) ? AdjustmentReason.valueOf(reason) : null,
				rs.getString("lot"), rs.getObject("expires_on", LocalDate.class), rs.getString("counterpart"),
				rs.getString("recorded_by"));
	}

}
