package org.satellite.checking.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mappings saved under a name, one per source ("Montréal – monthly export"), so that next
 * month's file from that source imports in one click. Saving under a name that exists
 * replaces that mapping: a source's layout changes, and its name should follow.
 */
@Service
public class ImportMappings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ImportMappings(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public void save(StaffMember by, String name, ImportMapping mapping) {
		Samples.requireChecker(by);
		String clean = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty() || clean.length() > 80) {
			throw new Refusal("checking.error.mappingName");
		}
		if (mapping.date() == null) {
			throw new Refusal("checking.error.mappingNeedsDate");
		}
		this.jdbc
			.sql("""
					INSERT INTO checking_import_mappings (name, mapping, saved_by) VALUES (:name, :mapping, :by)
					ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = program_now()""")
			.param("name", clean)
			.param("mapping", mapping.write())
			.param("by", by.username())
			.update();
		this.events.publishEvent(new Audited("checking.import-mapping-saved", clean, null));
	}

	public List<Saved> all() {
		return this.jdbc.sql("SELECT name, mapping, saved_at FROM checking_import_mappings ORDER BY lower(name)")
			.query((rs, row) -> new Saved(rs.getString("name"), ImportMapping.read(rs.getString("mapping")),
					rs.getTimestamp("saved_at").toInstant()))
			.list();
	}

	public Optional<ImportMapping> find(String name) {
		return this.jdbc.sql("SELECT mapping FROM checking_import_mappings WHERE name = :name")
			.param("name", (name == null) ? "" : name.strip())
			.query(String.class)
			.optional()
			.map(ImportMapping::read);
	}

	/** The mapping saved under a name, or a refusal that says there is none. */
	public ImportMapping require(String name) {
		return find(name).orElseThrow(() -> new Refusal("checking.error.unknownMapping", name));
	}

	/** A saved mapping. */
	public record Saved(String name, ImportMapping mapping, Instant savedAt) {
	}

}
