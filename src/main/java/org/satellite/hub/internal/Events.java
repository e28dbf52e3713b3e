package org.satellite.hub.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.satellite.hub.EventChanged;
import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of the series. Editors plan them; anyone reads them.
 *
 * <p>
 * A change that registered people must hear about (a new date or time, postponed,
 * cancelled) raises the event's revision and publishes {@link EventChanged} in the same
 * transaction, so the change and the emails about it are committed together or not at
 * all.
 */
@Repository
public class Events {

	private static final String COLUMNS = """
			number, title_en, title_fr, description_en, description_fr, starts_at, time_zone, duration_minutes,
			status, interpretation, how_to_join, speakers, partners, recording_link, capacity, revision, created_at""";

	private final JdbcClient jdbc;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	Events(JdbcClient jdbc, ProgramTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.time = time;
		this.events = events;
	}

	public Optional<Event> find(int number) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM hub_events WHERE number = :number")
			.param("number", number)
			.query(Events::event)
			.optional();
	}

	public Event require(int number) {
		return find(number).orElseThrow(() -> new NotFound("hub.error.unknownEvent", number));
	}

	/** Every event, the latest number first. */
	public List<Event> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM hub_events ORDER BY number DESC").query(Events::event).list();
	}

	/**
	 * Events still ahead, the soonest first; postponed events without a date come last.
	 */
	public List<Event> upcoming() {
		Instant now = this.time.now();
		return all().stream()
			.filter((event) -> event.isAhead(now))
			.sorted(Comparator.comparing(Event::startsAt, Comparator.nullsLast(Instant::compareTo)))
			.toList();
	}

	/** Events held or over, the latest first. */
	public List<Event> past() {
		Instant now = this.time.now();
		return all().stream().filter((event) -> !event.isAhead(now)).toList();
	}

	/** The newest events, for the feed. */
	public List<Event> newest(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM hub_events ORDER BY created_at DESC, number DESC LIMIT :limit")
			.param("limit", limit)
			.query(Events::event)
			.list();
	}

	@Transactional
	public Event create(StaffMember by, int number, EventDetails details) {
		Editors.require(by);
		if (number <= 0 || number > 100_000) {
			throw new Refusal("hub.error.badNumber");
		}
		Instant startsAt = check(details);
		if (find(number).isPresent()) {
			throw new Refusal("hub.error.numberTaken", number);
		}
		this.jdbc
			.sql("""
					INSERT INTO hub_events (number, title_en, title_fr, description_en, description_fr, starts_at, time_zone,
					    duration_minutes, status, interpretation, how_to_join, speakers, partners, recording_link, capacity,
					    revision, changed_at)
					VALUES (:number, :titleEn, :titleFr, :descriptionEn, :descriptionFr, :startsAt, :zone, :duration, :status,
					    :interpretation, :join, :speakers, :partners, :recording, :capacity, :revision, :changedAt)""")
			.paramSource(values(number, details, startsAt, 0))
			.update();
		this.events.publishEvent(new Audited("hub.event-created", "event " + number, null));
		return require(number);
	}

	/**
	 * Saves an editor's changes. Moving the date or time, postponing or cancelling tells
	 * every registered person.
	 */
	@Transactional
	public Event update(StaffMember by, int number, EventDetails details) {
		Editors.require(by);
		Instant startsAt = check(details);
		Event before = this.jdbc.sql("SELECT " + COLUMNS + " FROM hub_events WHERE number = :number FOR UPDATE")
			.param("number", number)
			.query(Events::event)
			.optional()
			.orElseThrow(() -> new NotFound("hub.error.unknownEvent", number));
		boolean moved = !Objects.equals(before.startsAt(), startsAt);
		boolean told = details.status() != before.status() && (details.status() == EventStatus.POSTPONED
				|| details.status() == EventStatus.CANCELLED || details.status() == EventStatus.SCHEDULED);
		int revision = (moved || told) ? before.revision() + 1 : before.revision();
		write(number, details, startsAt, revision);
		this.events.publishEvent(new Audited("hub.event-updated", "event " + number, null));
		if (revision != before.revision() && details.status() != EventStatus.HELD) {
			this.events.publishEvent(new EventChanged(number, revision, before.startsAt()));
		}
		return require(number);
	}

	private void write(int number, EventDetails details, Instant startsAt, int revision) {
		this.jdbc
			.sql("""
					UPDATE hub_events SET title_en = :titleEn, title_fr = :titleFr, description_en = :descriptionEn,
					    description_fr = :descriptionFr, starts_at = :startsAt, time_zone = :zone, duration_minutes = :duration,
					    status = :status, interpretation = :interpretation, how_to_join = :join, speakers = :speakers,
					    partners = :partners, recording_link = :recording, capacity = :capacity, revision = :revision,
					    changed_at = :changedAt
					WHERE number = :number""")
			.paramSource(values(number, details, startsAt, revision))
			.update();
	}

	/**
	 * The columns of an event; {@code changed_at} is on the program's clock, which the
	 * registration purge reads.
	 */
	private MapSqlParameterSource values(int number, EventDetails details, Instant startsAt, int revision) {
		return new MapSqlParameterSource().addValue("number", number)
			.addValue("changedAt", this.time.now().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("titleEn", details.titleEn().strip())
			.addValue("titleFr", details.titleFr().strip())
			.addValue("descriptionEn", text(details.descriptionEn()))
			.addValue("descriptionFr", text(details.descriptionFr()))
			.addValue("startsAt", (startsAt != null) ? startsAt.atOffset(ZoneOffset.UTC) : null,
					Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("zone", details.zone())
			.addValue("duration", details.durationMinutes())
			.addValue("status", details.status().name())
			.addValue("interpretation", details.interpretation())
			.addValue("join", text(details.howToJoin()))
			.addValue("speakers", text(details.speakers()))
			.addValue("partners", text(details.partners()))
			.addValue("recording", Links.optional(details.recordingLink()))
			.addValue("capacity", details.capacity(), Types.INTEGER)
			.addValue("revision", revision);
	}

	/**
	 * Refuses what cannot be right and answers when the event starts, or {@code null}
	 * when it has no date.
	 */
	private Instant check(EventDetails details) {
		if (details.titleEn() == null || details.titleEn().isBlank() || details.titleFr() == null
				|| details.titleFr().isBlank()) {
			throw new Refusal("hub.error.titlesRequired");
		}
		if (details.titleEn().length() > 300 || details.titleFr().length() > 300) {
			throw new Refusal("hub.error.titleTooLong");
		}
		if (details.status() == null) {
			throw new Refusal("hub.error.statusRequired");
		}
		ZoneId zone;
		try {
			zone = ZoneId.of((details.zone() == null) ? "" : details.zone());
		}
		catch (DateTimeException ex) {
			throw new Refusal("hub.error.badZone");
		}
		if (details.durationMinutes() < 15 || details.durationMinutes() > 600) {
			throw new Refusal("hub.error.badDuration");
		}
		if (details.capacity() != null && details.capacity() <= 0) {
			throw new Refusal("hub.error.badCapacity");
		}
		Links.optional(details.recordingLink());
		if (details.start() == null) {
			if (details.status() == EventStatus.SCHEDULED || details.status() == EventStatus.HELD) {
				throw new Refusal("hub.error.dateRequired");
			}
			return null;
		}
		Instant startsAt = details.start().atZone(zone).toInstant();
		if (details.status() == EventStatus.SCHEDULED && !startsAt.isAfter(this.time.now())) {
			throw new Refusal("hub.error.scheduledInThePast");
		}
		return startsAt;
	}

	private static String text(String value) {
		return (value == null) ? "" : value.strip();
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		Timestamp startsAt = rs.getTimestamp("starts_at");
		return new Event(rs.getInt("number"), rs.getString("title_en"), rs.getString("title_fr"),
				rs.getString("description_en"), rs.getString("description_fr"),
				(startsAt != null) ? startsAt.toInstant() : null, ZoneId.of(rs.getString("time_zone")),
				rs.getInt("duration_minutes"), EventStatus.valueOf(rs.getString("status")),
				rs.getBoolean("interpretation"), rs.getString("how_to_join"), rs.getString("speakers"),
				rs.getString("partners"), rs.getString("recording_link"), (Integer) rs.getObject("capacity"),
				rs.getInt("revision"), rs.getTimestamp("created_at").toInstant());
	}

}
