package org.satellite.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satellite.checking.SubstanceClass;
import org.satellite.platform.ProgramTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subscribers table and who each alert goes to. Contact details are only ever read
 * sealed, to be opened where a message is queued.
 */
@Repository
public class Subscribers {

	private static final String COLUMNS = """
			id, channel, language, minimum_severity, all_zones, zones, all_classes, classes, confirmed_at IS NOT NULL AS confirmed""";

	private final JdbcClient jdbc;

	private final ProgramTime time;

	Subscribers(JdbcClient jdbc, ProgramTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	public long insert(Channel channel, String sealed, String hash, Preferences preferences, String tokenHash,
			Instant tokenExpires) {
		return this.jdbc
			.sql("""
					INSERT INTO subscribers (channel, contact_sealed, contact_hash, language, minimum_severity, all_zones, zones,
					    all_classes, classes, token_hash, token_expires_at, created_at)
					VALUES (:channel, :sealed, :hash, :language, :severity, :allZones, string_to_array(:zones, :sep),
					    :allClasses, string_to_array(:classes, :sep), :token, :expires, :now)
					RETURNING id""")
			.param("now", Timestamp.from(this.time.now()))
			.param("channel", channel.name())
			.param("sealed", sealed)
			.param("hash", hash)
			.params(preferenceColumns(preferences))
			.param("token", tokenHash)
			.param("expires", (tokenExpires != null) ? Timestamp.from(tokenExpires) : null)
			.query(Long.class)
			.single();
	}

	public Optional<Subscriber> byHash(String hash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE contact_hash = :hash")
			.param("hash", hash)
			.query(Subscribers::map)
			.optional();
	}

	/** The subscriber a confirmation link was made for, while the link is valid. */
	public Optional<Subscriber> byToken(String tokenHash, Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM subscribers WHERE token_hash = :token AND token_expires_at > :now")
			.param("token", tokenHash)
			.param("now", Timestamp.from(now))
			.query(Subscribers::map)
			.optional();
	}

	public void confirm(long id) {
		this.jdbc
			.sql("""
					UPDATE subscribers SET confirmed_at = coalesce(confirmed_at, :now), token_hash = NULL, token_expires_at = NULL
					WHERE id = :id""")
			.param("id", id)
			.param("now", Timestamp.from(this.time.now()))
			.update();
	}

	public void addZones(long id, List<String> zones, boolean allZones) {
		this.jdbc.sql("""
				UPDATE subscribers SET all_zones = all_zones OR :all,
				    zones = ARRAY(SELECT DISTINCT unnest(zones || string_to_array(:zones, :sep)) ORDER BY 1)
				WHERE id = :id""")
			.param("all", allZones)
			.param("zones", String.join(Alerts.SEPARATOR, zones))
			.param("sep", Alerts.SEPARATOR)
			.param("id", id)
			.update();
	}

	public void removeZone(long id, String zone) {
		this.jdbc.sql("UPDATE subscribers SET zones = array_remove(zones, :zone) WHERE id = :id")
			.param("zone", zone)
			.param("id", id)
			.update();
	}

	public Optional<Subscriber> byId(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE id = :id")
			.param("id", id)
			.query(Subscribers::map)
			.optional();
	}

	/** A subscriber's sealed contact, to show it masked to the subscriber themselves. */
	public Optional<String> contactSealed(long id) {
		return this.jdbc.sql("SELECT contact_sealed FROM subscribers WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Replaces what a subscriber asked for: zones, classes, minimum severity and
	 * language.
	 */
	public void change(long id, Preferences preferences) {
		this.jdbc
			.sql("""
					UPDATE subscribers SET language = :language, minimum_severity = :severity, all_zones = :allZones,
					    zones = string_to_array(:zones, :sep), all_classes = :allClasses, classes = string_to_array(:classes, :sep)
					WHERE id = :id""")
			.params(preferenceColumns(preferences))
			.param("id", id)
			.update();
	}

	/**
	 * What a subscriber asked for, as the parameters the statements that store it name.
	 */
	private static Map<String, Object> preferenceColumns(Preferences preferences) {
		return Map.of("language", preferences.language().getLanguage(), "severity",
				preferences.minimumSeverity().rank(), "allZones", preferences.allZones(), "zones",
				String.join(Alerts.SEPARATOR, preferences.zones()), "allClasses", preferences.classes().isEmpty(),
				"classes", String.join(Alerts.SEPARATOR, preferences.classes().stream().map(Enum::name).toList()),
				"sep", Alerts.SEPARATOR);
	}

	public void removeClass(long id, SubstanceClass substanceClass) {
		this.jdbc.sql("UPDATE subscribers SET classes = array_remove(classes, :class) WHERE id = :id")
			.param("class", substanceClass.name())
			.param("id", id)
			.update();
	}

	public void setLanguage(long id, Locale language) {
		this.jdbc.sql("UPDATE subscribers SET language = :language WHERE id = :id")
			.param("language", language.getLanguage())
			.param("id", id)
			.update();
	}

	public boolean deleteIfExists(long id) {
		return this.jdbc.sql("DELETE FROM subscribers WHERE id = :id").param("id", id).update() == 1;
	}

	public void delete(long id) {
		this.jdbc.sql("DELETE FROM subscribers WHERE id = :id").param("id", id).update();
	}

	/** Removes subscriptions never confirmed before their confirmation ran out. */
	public int purgeUnconfirmed(Instant createdBefore) {
		return this.jdbc.sql("DELETE FROM subscribers WHERE confirmed_at IS NULL AND created_at < :before")
			.param("before", Timestamp.from(createdBefore))
			.update();
	}

	/**
	 * Adds the confirmed subscribers an alert matches to its recipients: its zones (or
	 * every zone), its classes (or every class when it names none) and their minimum
	 * severity. Returns how many were added now.
	 */
	public int addMatchingRecipients(Alert alert) {
		return this.jdbc.sql("""
				INSERT INTO alert_recipients (alert_id, subscriber_id)
				SELECT :alert, id FROM subscribers
				WHERE confirmed_at IS NOT NULL AND minimum_severity <= :rank
				  AND (all_zones OR :everyZone OR zones && string_to_array(:zones, :sep))
				  AND (all_classes OR :anyClass OR classes && string_to_array(:classes, :sep))
				ON CONFLICT DO NOTHING""")
			.param("alert", alert.id())
			.param("rank", alert.severity().rank())
			.param("everyZone", alert.everyZone())
			.param("zones", String.join(Alerts.SEPARATOR, alert.zones()))
			.param("anyClass", alert.classes().isEmpty())
			.param("classes", String.join(Alerts.SEPARATOR, alert.classes().stream().map(Enum::name).toList()))
			.param("sep", Alerts.SEPARATOR)
			.update();
	}

	/**
	 * Adds everyone who got an earlier alert (still subscribed) to the recipients of its
	 * update or cancellation.
	 */
	public int addRecipientsOf(UUID earlier, UUID alert) {
		return this.jdbc.sql("""
				INSERT INTO alert_recipients (alert_id, subscriber_id)
				SELECT :alert, subscriber_id FROM alert_recipients WHERE alert_id = :earlier
				ON CONFLICT DO NOTHING""").param("alert", alert).param("earlier", earlier).update();
	}

	/**
	 * The next recipients of an alert after the subscriber {@code after}, in subscriber
	 * order.
	 */
	public List<Recipient> recipientsAfter(UUID alert, long after, int limit) {
		return this.jdbc.sql("""
				SELECT s.id, s.channel, s.contact_sealed, s.language FROM alert_recipients r
				JOIN subscribers s ON s.id = r.subscriber_id
				WHERE r.alert_id = :alert AND r.subscriber_id > :after
				ORDER BY r.subscriber_id LIMIT :limit""")
			.param("alert", alert)
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> new Recipient(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
					Locale.of(rs.getString(4))))
			.list();
	}

	/**
	 * The subscriber up to whom (in subscriber order) the alert's messages are queued; 0
	 * before the first.
	 */
	public long queuedThrough(UUID alert) {
		return this.jdbc.sql("SELECT queued_through FROM alerts WHERE id = :alert")
			.param("alert", alert)
			.query(Long.class)
			.single();
	}

	/**
	 * Records, in the transaction that queued them, that the messages up to this
	 * subscriber are queued, and how many more subscribers the alert reached.
	 */
	public void markQueuedThrough(UUID alert, long subscriberId, int queued) {
		this.jdbc.sql("UPDATE alerts SET queued_through = :subscriber, reached = reached + :queued WHERE id = :alert")
			.param("subscriber", subscriberId)
			.param("queued", queued)
			.param("alert", alert)
			.update();
	}

	public long recipientCount(UUID alert) {
		return this.jdbc.sql("SELECT count(*) FROM alert_recipients WHERE alert_id = :alert")
			.param("alert", alert)
			.query(Long.class)
			.single();
	}

	/** Confirmed subscribers per channel, for staff, who never see who they are. */
	public Map<Channel, Long> confirmedCounts() {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			counts.put(channel, 0L);
		}
		this.jdbc.sql("SELECT channel, count(*) FROM subscribers WHERE confirmed_at IS NOT NULL GROUP BY channel")
			.query((rs, row) -> counts.put(Channel.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	static Subscriber map(ResultSet rs, int row) throws SQLException {
		return new Subscriber(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
				Locale.of(rs.getString("language")), Severity.ofRank(rs.getInt("minimum_severity")),
				rs.getBoolean("all_zones"), Alerts.strings(rs.getArray("zones")), rs.getBoolean("all_classes"),
				Alerts.strings(rs.getArray("classes")).stream().map(SubstanceClass::valueOf).toList(),
				rs.getBoolean("confirmed"));
	}

	/** How a subscriber is reached. */
	public enum Channel {

		SMS, EMAIL

	}

	/** A subscriber, without their contact. */
	public record Subscriber(long id, Channel channel, Locale language, Severity minimumSeverity, boolean allZones,
			List<String> zones, boolean allClasses, List<SubstanceClass> classes, boolean confirmed) {
	}

	/** A recipient to queue a message for. */
	public record Recipient(long id, Channel channel, String contactSealed, Locale language) {
	}

	/** What a subscriber asked for. */
	public record Preferences(List<String> zones, boolean allZones, List<SubstanceClass> classes,
			Severity minimumSeverity, Locale language) {
	}

}
