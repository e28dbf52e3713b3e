package org.satellite.hub.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.satellite.hub.EventChanged;
import org.satellite.messaging.Emails;
import org.satellite.platform.Idempotency;
import org.satellite.platform.Languages;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.satellite.privacy.Sealed;
import org.satellite.privacy.SealedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People registered for an event, each known only by an email address: sealed with
 * {@link FieldCipher}, found by {@link KeyedHash}, never shown and never logged, and
 * deleted 30 days after the event.
 *
 * <p>
 * Every email goes through the messaging module's outbox in the same transaction as the
 * decision to send it, under a key made of the registration and what the email is about,
 * so a retried request, a replayed change or two nodes running the reminder job at once
 * send one email, never two.
 */
@Service
public class Registrations {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation.
	 */
	@Bean
	static SealedColumn registrationEmails() {
		return SealedColumn.of("event-registration-emails", "hub_registrations", "id", "email_sealed", EMAIL_PURPOSE);
	}

	static final String EMAIL_PURPOSE = "hub.registration.email";

	/**
	 * Loose on purpose: the mail server is the judge; this only catches what cannot be an
	 * address.
	 */
	private static final Pattern EMAIL = Pattern
		.compile("[^\\s@<>\"(),;:]{1,64}@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:.]{2,}");

	private static final Duration REMINDER_BEFORE = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Events events;

	private final FieldCipher cipher;

	private final KeyedHash hash;

	private final Idempotency idempotency;

	private final Emails emails;

	private final Letters letters;

	private final ProgramTime time;

	private final HubSettings settings;

	private final SecureRandom random = new SecureRandom();

	Registrations(JdbcClient jdbc, Events events, FieldCipher cipher, KeyedHash hash, Idempotency idempotency,
			Emails emails, Letters letters, ProgramTime time, HubSettings settings) {
		this.jdbc = jdbc;
		this.events = events;
		this.cipher = cipher;
		this.hash = hash;
		this.idempotency = idempotency;
		this.emails = emails;
		this.letters = letters;
		this.time = time;
		this.settings = settings;
	}

	/**
	 * Registers an email address for an event and queues the confirmation with the
	 * calendar file. Registering the same address again for the same event changes
	 * nothing and sends nothing more.
	 * @param key the client's idempotency key for this submission
	 * @throws Refusal when the address cannot be one, the event is postponed, cancelled,
	 * over or full, or the hub has taken as many registrations as it takes in a minute
	 * @throws NotFound when there is no such event
	 */
	@Transactional
	public Idempotency.Outcome register(int eventNumber, String email, Locale language, String key) {
		String address = normalise(email);
		String lookup = this.hash.of(EMAIL_PURPOSE, address);
		return this.idempotency.once("hub.registration", key, Idempotency.fingerprint(eventNumber, lookup), (id) -> {
			Event event = this.jdbc.sql("SELECT number FROM hub_events WHERE number = :number FOR UPDATE")
				.param("number", eventNumber)
				.query(Integer.class)
				.optional()
				.map(this.events::require)
				.orElseThrow(() -> new NotFound("hub.error.unknownEvent", eventNumber));
			checkOpen(event);
			if (this.jdbc
				.sql("SELECT count(*) FROM hub_registrations WHERE event_number = :number AND email_hash = :hash")
				.param("number", eventNumber)
				.param("hash", lookup)
				.query(Long.class)
				.single() > 0) {
				return;
			}
			if (event.capacity() != null && count(eventNumber) >= event.capacity()) {
				throw new Refusal("hub.error.full");
			}
			if (this.jdbc
				.sql("SELECT count(*) FROM hub_registrations WHERE created_at > program_now() - interval '1 minute'")
				.query(Long.class)
				.single() >= this.settings.registrationsPerMinute()) {
				throw new Refusal("hub.error.busy");
			}
			Locale speaks = Languages.closestTo(language);
			String token = token();
			boolean remindedAlready = !event.startsAt().isAfter(this.time.now().plus(REMINDER_BEFORE));
			this.jdbc
				.sql("""
						INSERT INTO hub_registrations (id, event_number, email_sealed, email_hash, language, unsubscribe_token,
						    reminded_for)
						VALUES (:id, :number, :sealed, :hash, :language, :token, :reminded)""")
				.param("id", id)
				.param("number", eventNumber)
				.param("sealed", this.cipher.seal(EMAIL_PURPOSE, address).stored())
				.param("hash", lookup)
				.param("language", speaks.getLanguage())
				.param("token", token)
				.param("reminded", remindedAlready ? Timestamp.from(event.startsAt()) : null, Types.TIMESTAMP)
				.update();
			this.emails.queue("hub-registration:" + id + ":confirmation",
					this.letters.confirmation(event, address, speaks, token));
		});
	}

	/** How many people are registered for an event; a number, never who. */
	public long count(int eventNumber) {
		return this.jdbc.sql("SELECT count(*) FROM hub_registrations WHERE event_number = :number")
			.param("number", eventNumber)
			.query(Long.class)
			.single();
	}

	/**
	 * Deletes the registration the unsubscribe link was made for, address and all.
	 * @return whether there was one to delete
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		return this.jdbc.sql("DELETE FROM hub_registrations WHERE unsubscribe_token = :token")
			.param("token", token)
			.update() > 0;
	}

	/**
	 * Tells everyone registered for an event that its date or status changed, in the
	 * transaction that changed it.
	 */
	@EventListener
	void on(EventChanged change) {
		Event event = this.events.require(change.number());
		this.jdbc.sql(
				"SELECT id, email_sealed, language, unsubscribe_token FROM hub_registrations WHERE event_number = :number")
			.param("number", change.number())
			.query(Registered.class)
			.list()
			.forEach((registered) -> this.emails.queue(
					"hub-registration:" + registered.id() + ":change:" + change.revision(),
					this.letters.change(event, change.previousStart(), open(registered), registered.locale(),
							registered.unsubscribeToken())));
		if (event.status() == EventStatus.SCHEDULED) {
			// A new date earns a new reminder.
			this.jdbc.sql("UPDATE hub_registrations SET reminded_for = NULL WHERE event_number = :number")
				.param("number", change.number())
				.update();
		}
	}

	/**
	 * Queues the reminder for every registration whose event starts within a day and has
	 * not been reminded of this start yet. Rows are claimed with
	 * {@code FOR UPDATE SKIP LOCKED}, so two nodes share the work without sending twice,
	 * and the outbox key (registration and start) makes a repeated run harmless.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int sendReminders(Instant now) {
		List<Due> due = this.jdbc.sql("""
				SELECT r.id, r.email_sealed, r.language, r.unsubscribe_token, r.event_number, e.starts_at
				FROM hub_registrations r JOIN hub_events e ON e.number = r.event_number
				WHERE e.status = 'SCHEDULED' AND e.starts_at > :now AND e.starts_at <= :until
				  AND r.reminded_for IS DISTINCT FROM e.starts_at
				ORDER BY e.starts_at
				LIMIT 200
				FOR UPDATE OF r SKIP LOCKED""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(REMINDER_BEFORE)))
			.query(Due.class)
			.list();
		for (Due reminder : due) {
			Event event = this.events.require(reminder.eventNumber());
			Registered registered = new Registered(reminder.id(), reminder.emailSealed(), reminder.language(),
					reminder.unsubscribeToken());
			this.emails.queue(
					"hub-registration:" + reminder.id() + ":reminder:"
							+ reminder.startsAt().toInstant().getEpochSecond(),
					this.letters.reminder(event, open(registered), registered.locale(), registered.unsubscribeToken()));
			this.jdbc.sql("UPDATE hub_registrations SET reminded_for = :start WHERE id = :id")
				.param("start", reminder.startsAt())
				.param("id", reminder.id())
				.update();
		}
		return due.size();
	}

	/**
	 * Deletes the registrations of events that ended more than the kept time ago (30
	 * days), and of events cancelled without a date that long ago. A postponed event
	 * without a date keeps its registrations: those people are waiting to hear the new
	 * date. Safe with two nodes: rows another node is deleting are skipped, and deleting
	 * is the same whoever does it.
	 * @return how many registrations were deleted
	 */
	@Transactional
	public int purge(Instant now) {
		return this.jdbc.sql("""
				DELETE FROM hub_registrations WHERE id IN (
				    SELECT r.id FROM hub_registrations r JOIN hub_events e ON e.number = r.event_number
				    WHERE coalesce(e.starts_at + make_interval(mins => e.duration_minutes),
				                   CASE WHEN e.status = 'CANCELLED' THEN e.changed_at END) < :before
				    LIMIT 1000
				    FOR UPDATE OF r SKIP LOCKED)""")
			.param("before", Timestamp.from(now.minus(this.settings.keepRegistrations())))
			.update();
	}

	private void checkOpen(Event event) {
		switch (event.status()) {
			case POSTPONED -> throw new Refusal("hub.error.registerPostponed");
			case CANCELLED -> throw new Refusal("hub.error.registerCancelled");
			case HELD -> throw new Refusal("hub.error.registerOver");
			case SCHEDULED -> {
				if (!event.startsAt().isAfter(this.time.now())) {
					throw new Refusal("hub.error.registerOver");
				}
			}
		}
	}

	private static String normalise(String email) {
		String address = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new Refusal("hub.error.badEmail");
		}
		return address;
	}

	private String token() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String open(Registered registered) {
		return this.cipher.open(EMAIL_PURPOSE, Sealed.fromStored(registered.emailSealed()));
	}

	private record Registered(UUID id, String emailSealed, String language, String unsubscribeToken) {

		Locale locale() {
			return Languages.closestTo(Locale.forLanguageTag(this.language));
		}

	}

	private record Due(UUID id, String emailSealed, String language, String unsubscribeToken, int eventNumber,
			Timestamp startsAt) {
	}

}
