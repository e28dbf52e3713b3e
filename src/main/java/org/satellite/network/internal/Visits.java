package org.satellite.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Site;
import org.satellite.network.SiteVisitRecorded;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.privacy.ContactDetails;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' visit log. A note that holds a phone number or an email address is
 * refused, whole, before anything is saved: notes never hold anyone's contact details or
 * name.
 */
@Service
public class Visits {

	static final int MAX_NOTES = 4000;

	static final int MAX_COUNT = 10_000;

	private final JdbcClient jdbc;

	private final Sites sites;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	Visits(JdbcClient jdbc, Sites sites, Idempotency idempotency, ProgramTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public Idempotency.Outcome record(StaffMember by, NewVisit visit, String idempotencyKey) {
		if (!(by.is(Role.COORDINATOR) || by.is(Role.ADMIN))) {
			throw new NotAllowed("network.error.coordinatorsOnly");
		}
		Site site = this.sites.require(visit.siteCode());
		if (visit.visitedOn() == null) {
			throw new Refusal("network.error.visitDateRequired");
		}
		if (visit.visitedOn().isAfter(this.time.today())) {
			throw new Refusal("network.error.visitInFuture");
		}
		if (visit.visitedOn().isBefore(site.openedOn())) {
			throw new Refusal("network.error.visitBeforeOpening", site.code());
		}
		if (visit.minutes() < 1 || visit.minutes() > 1440) {
			throw new Refusal("network.error.badMinutes");
		}
		Map<Visit.Observation, Integer> observed = counts(Visit.Observation.class, visit.observed());
		Map<Visit.Incident, Integer> incidents = counts(Visit.Incident.class, visit.incidents());
		String notes = (visit.notes() == null) ? "" : visit.notes().strip();
		if (notes.length() > MAX_NOTES) {
			throw new Refusal("network.error.notesTooLong", MAX_NOTES);
		}
		if (ContactDetails.anyIn(notes)) {
			throw new Refusal("network.error.contactInNotes");
		}
		String fingerprint = Idempotency.fingerprint(site.code(), visit.visitedOn(), visit.minutes(),
				new TreeMap<>(observed), new TreeMap<>(incidents), notes);
		return this.idempotency.once("site-visit", idempotencyKey, fingerprint, (id) -> {
			var statement = this.jdbc.sql("""
					INSERT INTO site_visits (id, site_code, visited_on, minutes, equipment_distribution,
					    harm_reduction_education, naloxone_distribution, overdose_education, overdose_intervention,
					    referrals, police, paramedics, violence, notes, recorded_by)
					VALUES (:id, :site, :on, :minutes, :equipment_distribution, :harm_reduction_education,
					    :naloxone_distribution, :overdose_education, :overdose_intervention, :referrals, :police,
					    :paramedics, :violence, :notes, :by)""")
				.param("id", id)
				.param("site", site.code())
				.param("on", visit.visitedOn())
				.param("minutes", visit.minutes())
				.param("notes", notes)
				.param("by", by.username());
			for (var entry : observed.entrySet()) {
				statement = statement.param(entry.getKey().column(), entry.getValue());
			}
			for (var entry : incidents.entrySet()) {
				statement = statement.param(entry.getKey().column(), entry.getValue());
			}
			statement.update();
			this.events.publishEvent(new SiteVisitRecorded(id, site.code(), visit.visitedOn()));
		});
	}

	/**
	 * The latest visits, at one site or everywhere when null, newest first.
	 */
	public List<Visit> latest(String siteCode, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM site_visits WHERE (CAST(:site AS TEXT) IS NULL OR site_code = :site)
				ORDER BY visited_on DESC, recorded_at DESC LIMIT :limit""")
			.param("site", siteCode)
			.param("limit", limit)
			.query(Visits::visit)
			.list();
	}

	private static <E extends Enum<E>> Map<E, Integer> counts(Class<E> type, Map<E, Integer> given) {
		Map<E, Integer> counts = new EnumMap<>(type);
		for (E key : type.getEnumConstants()) {
			Integer count = (given != null) ? given.get(key) : null;
			int value = (count != null) ? count : 0;
			if (value < 0 || value > MAX_COUNT) {
				throw new Refusal("network.error.badCount");
			}
			counts.put(key, value);
		}
		return counts;
	}

	private static Visit visit(ResultSet rs, int row) throws SQLException {
		Map<Visit.Observation, Integer> observed = new EnumMap<>(Visit.Observation.class);
		for (Visit.Observation observation : Visit.Observation.values()) {
			observed.put(observation, rs.getInt(observation.column()));
		}
		Map<Visit.Incident, Integer> incidents = new EnumMap<>(Visit.Incident.class);
		for (Visit.Incident incident : Visit.Incident.values()) {
			incidents.put(incident, rs.getInt(incident.column()));
		}
		return new Visit(rs.getObject("id", UUID.class), rs.getString("site_code"),
				rs.getObject("visited_on", LocalDate.class), rs.getInt("minutes"), observed, incidents,
				rs.getString("notes"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

}
