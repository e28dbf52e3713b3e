package org.satellite.supplies.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satellite.supplies.ExpiringLot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends lines to the stock ledger. The only writer of {@code stock_movements}.
 */
@Component
public class Movements {

	private final JdbcClient jdbc;

	Movements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(UUID entryId, Instant occurredAt, String location, String itemCode, int quantity,
			MovementKind kind, AdjustmentReason reason, String lot, LocalDate expiresOn, String counterpart,
			String recordedBy) {
		this.jdbc
			.sql("""
					INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, reason, lot,
					                             expires_on, counterpart, recorded_by)
					VALUES (:entry, :occurred, :location, :item, :quantity, :kind, :reason, :lot, :expires, :counterpart, :by)""")
			.param("entry", entryId)
			.param("occurred", Timestamp.from(occurredAt))
			.param("location", location)
			.param("item", itemCode)
			.param("quantity", quantity)
			.param("kind", kind.name())
			.param("reason", reason == null ? null : reason.name())
			.param("lot", lot)
			.param("expires", expiresOn)
			.param("counterpart", counterpart)
			.param("by", recordedBy)
			.update();
	}

	/**
	 * Appends one line per item of a distribution, in one statement: distributions are
	 * the busiest writes Satellite has (DistributionIngestBenchmark).
	 */
	public void appendDistributed(UUID entryId, Instant occurredAt, String location, Map<String, Integer> items,
			String recordedBy) {
		this.jdbc.sql("""
				INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
				SELECT :entry, :occurred, :location, line.item, -line.quantity, 'DISTRIBUTED', :by
				FROM unnest(:items, :quantities) WITH ORDINALITY AS line (item, quantity, position)
				ORDER BY line.position""")
			.param("entry", entryId)
			.param("occurred", Timestamp.from(occurredAt))
			.param("location", location)
			.param("items", items.keySet().toArray(String[]::new))
			.param("quantities", items.values().toArray(Integer[]::new))
			.param("by", recordedBy)
			.update();
	}

	/**
	 * The lots a location holds, as far as the ledger can tell, for one location and item
	 * or (with nulls) for all. Stock often leaves without a lot (a distribution never
	 * names one), so what is left of an item is taken to be its latest-expiring lots:
	 * people hand out the oldest kits first. Each lot's share is at most what its own
	 * lines add up to, and all shares together at most what the location holds of the
	 * item.
	 * @return the lots with something left, soonest expiry first
	 */
	public List<ExpiringLot> lotsHeld(String location, String itemCode) {
		record LotLines(String location, String itemCode, String lot, LocalDate expiresOn, int quantity) {
		}
		// Both or neither: one item at one location reads through
		// stock_movements_by_location, never the whole ledger.
		if ((location == null) != (itemCode == null)) {
			throw new IllegalArgumentException("A location and an item, or neither");
		}
		String only = (location != null) ? " AND location = :location AND item_code = :item" : "";
		List<LotLines> lots = this.jdbc.sql("""
				SELECT location, item_code, lot, expires_on, sum(quantity) AS quantity FROM stock_movements
				WHERE lot IS NOT NULL AND expires_on IS NOT NULL""" + only + """

				GROUP BY location, item_code, lot, expires_on HAVING sum(quantity) > 0
				ORDER BY location, item_code, expires_on DESC, lot""")
			.param("location", location)
			.param("item", itemCode)
			.query(LotLines.class)
			.list();
		Map<String, Integer> held = new HashMap<>();
		this.jdbc
			.sql("SELECT location, item_code, sum(quantity) FROM stock_movements WHERE true" + only
					+ " GROUP BY location, item_code")
			.param("location", location)
			.param("item", itemCode)
			.query((rs, row) -> held.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getInt(3)))
			.list();
		List<ExpiringLot> result = new ArrayList<>();
		Map<String, Integer> unexplained = new HashMap<>();
		for (LotLines lot : lots) {
			String key = lot.location() + "\u0000" + lot.itemCode();
			int left = unexplained.computeIfAbsent(key, (k) -> Math.max(0, held.getOrDefault(k, 0)));
			int inLot = Math.min(left, lot.quantity());
			unexplained.put(key, left - inLot);
			if (inLot > 0) {
				result.add(new ExpiringLot(lot.location(), lot.itemCode(), lot.lot(), lot.expiresOn(), inLot));
			}
		}
		result.sort(Comparator.comparing(ExpiringLot::expiresOn)
			.thenComparing(ExpiringLot::location)
			.thenComparing(ExpiringLot::lot));
		return result;
	}

	/**
	 * Where an entry of one kind moved stock, if it did.
	 */
	public Optional<String> locationOf(UUID entryId, MovementKind kind) {
		return this.jdbc.sql("SELECT location FROM stock_movements WHERE entry_id = :entry AND kind = :kind LIMIT 1")
			.param("entry", entryId)
			.param("kind", kind.name())
			.query(String.class)
			.optional();
	}

	/**
	 * Appends, for every line of an entry, a line that cancels it, dated like the
	 * original so that the month it counted in nets to zero.
	 */
	public int reverse(UUID entryId, UUID reversalId, String recordedBy) {
		return this.jdbc
			.sql("""
					INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, lot, expires_on,
					                             counterpart, recorded_by)
					SELECT :reversal, occurred_at, location, item_code, -quantity, 'REVERSED', lot, expires_on, counterpart, :by
					FROM stock_movements WHERE entry_id = :entry ORDER BY id""")
			.param("reversal", reversalId)
			.param("entry", entryId)
			.param("by", recordedBy)
			.update();
	}

}
