package org.satellite.supplies.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.SupplyLedger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a program's past distributions and returns in bulk, for moving a program's
 * spreadsheets into Satellite (and for the demo program). Everything is checked first and
 * loaded in one transaction: all of it lands or none.
 */
@Service
public class History {

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final Sites sites;

	private final Catalogue catalogue;

	History(JdbcTemplate jdbc, Sites sites, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.catalogue = catalogue;
	}

	@Transactional
	public void load(StaffMember by, List<PastDistribution> distributions, List<PastReturn> returns) {
		if (!by.is(Role.ADMIN)) {
			throw new NotAllowed("supplies.error.adminsOnly");
		}
		check(distributions, returns);
		List<Object[]> encounters = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		for (PastDistribution distribution : distributions) {
			UUID id = UUID.randomUUID();
			Timestamp when = Timestamp.from(distribution.occurredAt());
			encounters.add(new Object[] { id, distribution.siteCode(), when, distribution.alsoFor(), by.username() });
			distribution.items()
				.forEach((item, quantity) -> lines
					.add(new Object[] { id, when, distribution.siteCode(), item, -quantity, by.username() }));
		}
		batch("INSERT INTO distributions (id, site_code, occurred_at, also_for, recorded_by) VALUES (?, ?, ?, ?, ?)",
				encounters);
		batch("""
				INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
				VALUES (?, ?, ?, ?, ?, 'DISTRIBUTED', ?)""", lines);
		batch("INSERT INTO needle_returns (id, site_code, occurred_at, needles, method, recorded_by) VALUES (?, ?, ?, ?, 'COUNTED', ?)",
				returns.stream()
					.map((back) -> new Object[] { UUID.randomUUID(), back.siteCode(), Timestamp.from(back.occurredAt()),
							back.needles(), by.username() })
					.toList());
	}

	private void check(List<PastDistribution> distributions, List<PastReturn> returns) {
		Set<String> siteCodes = this.sites.all().stream().map((site) -> site.code()).collect(Collectors.toSet());
		Set<String> items = this.catalogue.items().stream().map(Item::code).collect(Collectors.toSet());
		for (PastDistribution distribution : distributions) {
			if (!siteCodes.contains(distribution.siteCode())) {
				throw new Refusal("network.error.unknownSite", distribution.siteCode());
			}
			for (Map.Entry<String, Integer> line : distribution.items().entrySet()) {
				if (!items.contains(line.getKey())) {
					throw new Refusal("supplies.error.unknownItem", line.getKey());
				}
				if (line.getValue() < 1 || line.getValue() > SupplyLedger.MAX_QUANTITY) {
					throw new Refusal("supplies.error.badQuantity", line.getKey());
				}
			}
		}
		for (PastReturn back : returns) {
			if (!siteCodes.contains(back.siteCode())) {
				throw new Refusal("network.error.unknownSite", back.siteCode());
			}
			if (back.needles() < 1 || back.needles() > 100_000) {
				throw new Refusal("supplies.error.badReturnCount");
			}
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
