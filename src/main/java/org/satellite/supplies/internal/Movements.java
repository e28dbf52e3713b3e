package org.satellite.supplies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.satellite.supplies.AdjustmentReason;
import org.satellite.supplies.MovementKind;

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
		this.jdbc.sql("""
				INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, reason, lot,
				                             expires_on, counterpart, recorded_by)
				VALUES (:entry, :occurred, :location, :item, :quantity, :kind, :reason, :lot, :expires, :counterpart, :by)""")
			.param("entry", entryId)
			.param("occurred", java.sql.Timestamp.from(occurredAt))
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
	 * Appends one line per item of a distribution, in one statement: distributions are the busiest writes Satellite
	 * has (DistributionIngestBenchmark).
	 */
	public void appendDistributed(UUID entryId, Instant occurredAt, String location, Map<String, Integer> items,
			String recordedBy) {
		this.jdbc.sql("""
				INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
				SELECT :entry, :occurred, :location, line.item, -line.quantity, 'DISTRIBUTED', :by
				FROM unnest(:items, :quantities) WITH ORDINALITY AS line (item, quantity, position)
				ORDER BY line.position""")
			.param("entry", entryId)
			.param("occurred", java.sql.Timestamp.from(occurredAt))
			.param("location", location)
			.param("items", items.keySet().toArray(String[]::new))
			.param("quantities", items.values().toArray(Integer[]::new))
			.param("by", recordedBy)
			.update();
	}

	/**
	 * Appends, for every line of an entry, a line that cancels it, dated like the original so that the month it
	 * counted in nets to zero.
	 */
	public int reverse(UUID entryId, UUID reversalId, String recordedBy) {
		return this.jdbc.sql("""
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
