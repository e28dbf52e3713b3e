package org.satellite.overdose.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.satellite.identity.StaffMember;
import org.satellite.platform.Idempotency;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.supplies.NewDistribution;
import org.satellite.supplies.SupplyLedger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Naloxone kits handed out, each either a person's first kit or a replacement with the
 * reason the earlier kit is gone. The kits leave stock as an ordinary distribution of the
 * supplies ledger, so they count in the site's "naloxone kits handed out"; this module
 * keeps only the reason beside it.
 */
@Service
public class NaloxoneHandouts {

	static final int MAX_KITS = 100;

	private final JdbcClient jdbc;

	private final SupplyLedger ledger;

	private final Idempotency idempotency;

	private final ProgramTime time;

	NaloxoneHandouts(JdbcClient jdbc, SupplyLedger ledger, Idempotency idempotency, ProgramTime time) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.idempotency = idempotency;
		this.time = time;
	}

	/**
	 * Hands out naloxone kits at a site.
	 * @param reason why an earlier kit is being replaced, or null for a first kit
	 * @return the distribution the kits left stock by
	 */
	@Transactional
	public Idempotency.Outcome handOut(StaffMember by, String siteCode, NaloxoneForm form, int quantity,
			ReplacementReason reason, String idempotencyKey) {
		if (form == null) {
			throw new Refusal("overdose.error.formRequired");
		}
		if (quantity < 1 || quantity > MAX_KITS) {
			throw new Refusal("overdose.error.badKits", MAX_KITS);
		}
		String fingerprint = Idempotency.fingerprint(siteCode, form, quantity, reason);
		return this.idempotency.once("naloxone-handout", idempotencyKey, fingerprint, (id) -> {
			Idempotency.Outcome distribution = this.ledger.distribute(by,
					new NewDistribution(siteCode, null, Map.of(form.itemCode(), quantity), 0, null), idempotencyKey);
			this.jdbc.sql("""
					INSERT INTO naloxone_handouts (distribution_id, site_code, occurred_at, item_code, quantity,
					    replacement_reason, recorded_by)
					VALUES (:distribution, :site, :occurred, :item, :quantity, :reason, :by)""")
				.param("distribution", distribution.id())
				.param("site", siteCode)
				.param("occurred", Timestamp.from(this.time.now()))
				.param("item", form.itemCode())
				.param("quantity", quantity)
				.param("reason", (reason != null) ? reason.name() : null)
				.param("by", by.username())
				.update();
		});
	}

	/**
	 * Kits handed out at a site (or everywhere when null) in a period, by replacement
	 * reason; first kits under the key "FIRST".
	 */
	public Map<String, Long> byReason(String siteCode, Instant from, Instant to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("FIRST", 0L);
		for (ReplacementReason reason : ReplacementReason.values()) {
			counts.put(reason.name(), 0L);
		}
		this.jdbc.sql("""
				SELECT coalesce(replacement_reason, 'FIRST'), sum(quantity) FROM naloxone_handouts
				WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site) AND occurred_at >= :from AND occurred_at < :to
				GROUP BY 1""")
			.param("site", siteCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

}
