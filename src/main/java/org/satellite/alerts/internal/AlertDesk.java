package org.satellite.alerts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.alerts.AlertIssued;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.messaging.SmsLength;
import org.satellite.network.Sites;
import org.satellite.platform.Audited;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, reviews and issues alerts. Only coordinators and admins work here. Satellite
 * may suggest a draft, never issue one: every alert is approved by a person, and an
 * urgent one by a person other than whoever last wrote it.
 */
@Service
public class AlertDesk {

	/** How long an alert lasts when nobody says. */
	public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);

	static final Duration MAX_LIFETIME = Duration.ofDays(90);

	/** The most segments an alert's SMS may take, stop instructions included. */
	public static final int MAX_SEGMENTS = 3;

	static final String SYSTEM = "satellite";

	/**
	 * The longest body in either language: with the other limits below, a printed poster
	 * fits one page.
	 */
	public static final int MAX_BODY = 1000;

	/** The longest instruction (what to do) in either language. */
	public static final int MAX_INSTRUCTION = 300;

	/** The longest description (what it looks like). */
	public static final int MAX_DESCRIPTION = 400;

	/** The longest list of substances, names and commas together. */
	public static final int MAX_SUBSTANCES = 200;

	private final Alerts alerts;

	private final Sites sites;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final ApplicationEventPublisher events;

	private final AlertMessages messages;

	AlertDesk(Alerts alerts, Sites sites, Idempotency idempotency, ProgramTime time, ApplicationEventPublisher events,
			AlertMessages messages) {
		this.alerts = alerts;
		this.sites = sites;
		this.idempotency = idempotency;
		this.time = time;
		this.events = events;
		this.messages = messages;
	}

	@Transactional
	public Idempotency.Outcome draft(StaffMember by, AlertDraft draft, String idempotencyKey) {
		requireDesk(by);
		Checked checked = check(AlertKind.ALERT, draft);
		return this.idempotency.once("alert-draft", idempotencyKey, Idempotency.fingerprint(draft),
				(id) -> this.alerts.insert(id, AlertKind.ALERT, null, AlertStatus.DRAFT, checked.draft(),
						checked.from(), checked.expires(), false, by.username()));
	}

	/**
	 * A draft Satellite suggests from what it saw (a notable result, an overdose cluster,
	 * reports). The key makes the same finding suggest one draft only. Nothing is sent: a
	 * coordinator reviews it.
	 */
	@Transactional
	public Idempotency.Outcome suggest(AlertDraft draft, String key) {
		Checked checked = check(AlertKind.ALERT, draft);
		return this.idempotency.once("alert-suggestion", key, Idempotency.fingerprint(key),
				(id) -> this.alerts.insert(id, AlertKind.ALERT, null, AlertStatus.DRAFT, checked.draft(),
						checked.from(), checked.expires(), true, SYSTEM));
	}

	/**
	 * Changes a draft. Whoever edits it becomes the person who wrote it, for the rule of
	 * two on urgent alerts.
	 */
	@Transactional
	public void edit(StaffMember by, UUID id, AlertDraft draft) {
		requireDesk(by);
		Alert alert = require(id);
		if (alert.status() != AlertStatus.DRAFT) {
			throw new Refusal("alerts.error.notDraft");
		}
		Checked checked = check(alert.kind(), draft);
		this.alerts.edit(id, checked.draft(), checked.from(), checked.expires());
		this.alerts.draftedBy(id, by.username());
	}

	@Transactional
	public void approve(StaffMember by, UUID id) {
		requireDesk(by);
		Alert alert = require(id);
		if (alert.status() != AlertStatus.DRAFT) {
			throw new Refusal("alerts.error.notDraft");
		}
		if (alert.draftedBy().equals(SYSTEM)) {
			throw new Refusal("alerts.error.reviewSuggestion");
		}
		if (alert.severity() == Severity.URGENT && alert.draftedBy().equals(by.username())) {
			throw new NotAllowed("alerts.error.secondPerson");
		}
		check(alert.kind(), new AlertDraft(alert.severity(), alert.zones(), alert.substances(), alert.classes(),
				alert.description(), alert.text(), alert.effectiveFrom(), alert.expiresAt(), alert.sources()));
		this.alerts.approved(id, by.username());
		this.events.publishEvent(new Audited("alert.approved", id.toString(), alert.severity().name()));
	}

	/**
	 * Issues an approved alert: it is published and goes out to its subscribers. An
	 * update replaces the alert it refers to.
	 */
	@Transactional
	public void issue(StaffMember by, UUID id) {
		requireDesk(by);
		Alert alert = require(id);
		if (alert.status() != AlertStatus.APPROVED || !this.alerts.issued(id, by.username())) {
			throw new Refusal("alerts.error.notApproved");
		}
		if (alert.kind() == AlertKind.UPDATE) {
			this.alerts.move(alert.refersTo(), AlertStatus.ISSUED, AlertStatus.UPDATED);
			this.alerts.move(alert.refersTo(), AlertStatus.EXPIRED, AlertStatus.UPDATED);
		}
		this.events.publishEvent(new Audited("alert.issued", id.toString(), alert.severity().name()));
		this.events.publishEvent(new AlertIssued(id));
	}

	/**
	 * Starts an update of an issued alert: a draft prefilled from it, which goes through
	 * approval like any alert. The words that say it is an update, and what it changes,
	 * are added to every message it sends ({@link AlertMessages#headline},
	 * {@link AlertMessages#changes}), so the draft holds only what the coordinator
	 * writes.
	 */
	@Transactional
	public UUID startUpdate(StaffMember by, UUID id) {
		requireDesk(by);
		Alert alert = require(id);
		if (alert.status() != AlertStatus.ISSUED && alert.status() != AlertStatus.EXPIRED) {
			throw new Refusal("alerts.error.notIssued");
		}
		UUID update = UUID.randomUUID();
		Instant now = this.time.now();
		AlertDraft draft = new AlertDraft(alert.severity(), alert.zones(), alert.substances(), alert.classes(),
				alert.description(), alert.text(), now, now.plus(DEFAULT_LIFETIME), alert.sources());
		this.alerts.insert(update, AlertKind.UPDATE, id, AlertStatus.DRAFT, draft, now, now.plus(DEFAULT_LIFETIME),
				false, by.username());
		return update;
	}

	/**
	 * Cancels an issued alert at once (no second approval: stopping a warning is never
	 * the risky step). The cancellation goes to everyone who got the alert.
	 */
	@Transactional
	public UUID cancel(StaffMember by, UUID id, String reasonEn, String reasonFr) {
		requireDesk(by);
		Alert alert = require(id);
		if (alert.statusAt(this.time.now()) != AlertStatus.ISSUED) {
			throw new Refusal("alerts.error.notIssued");
		}
		if (blank(reasonEn) || blank(reasonFr)) {
			throw new Refusal("alerts.error.reasonMissing");
		}
		UUID cancellation = UUID.randomUUID();
		Instant now = this.time.now();
		AlertText text = this.messages.cancellation(alert.text(), reasonEn.strip(), reasonFr.strip());
		this.alerts.insert(cancellation, AlertKind.CANCEL, id, AlertStatus.APPROVED, new AlertDraft(alert.severity(),
				alert.zones(), alert.substances(), alert.classes(), alert.description(), text, now,
				alert.expiresAt().isAfter(now) ? alert.expiresAt() : now.plus(Duration.ofDays(1)), alert.sources()),
				now, alert.expiresAt().isAfter(now) ? alert.expiresAt() : now.plus(Duration.ofDays(1)), false,
				by.username());
		this.alerts.approved(cancellation, by.username());
		this.alerts.issued(cancellation, by.username());
		this.alerts.move(id, AlertStatus.ISSUED, AlertStatus.CANCELLED);
		this.events.publishEvent(new Audited("alert.cancelled", id.toString(), null));
		this.events.publishEvent(new AlertIssued(cancellation));
		return cancellation;
	}

	public Optional<Alert> find(UUID id) {
		return this.alerts.find(id);
	}

	public Alert require(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("alerts.error.unknownAlert"));
	}

	public List<Alert> forStaff(StaffMember by) {
		requireDesk(by);
		return this.alerts.latest(200);
	}

	/**
	 * Published alerts of the last 90 days, newest first, for the public pages and feeds.
	 */
	public List<Alert> published() {
		return this.alerts.published(this.time.now().minus(MAX_LIFETIME), 200);
	}

	/**
	 * The alerts in effect now, for the public: issued, not expired, not a cancellation;
	 * the most severe first, then the newest, so that an urgent alert is never below an
	 * advisory on a phone's first screen.
	 */
	public List<Alert> inEffect() {
		Instant now = this.time.now();
		return published().stream()
			.filter((alert) -> alert.kind() != AlertKind.CANCEL && alert.statusAt(now) == AlertStatus.ISSUED)
			.sorted(Comparator.comparing((Alert alert) -> alert.severity().rank())
				.reversed()
				.thenComparing(Alert::issuedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/** A published alert, for the public; drafts do not exist for the public. */
	public Alert requirePublished(UUID id) {
		return find(id).filter((alert) -> alert.status().published())
			.orElseThrow(() -> new NotFound("alerts.error.unknownAlert"));
	}

	@SchedulerLock(name = "alerts-expire", lockAtMostFor = "PT5M")
	@Scheduled(fixedDelayString = "PT1M")
	void expire() {
		this.alerts.expire();
	}

	/**
	 * The SMS an alert sends in one language, with how to stop, as the subscriber
	 * receives it.
	 */
	public String smsOf(Alert alert, Locale locale) {
		return this.messages.sms(alert, locale);
	}

	/**
	 * Words typed for an alert's SMS as the subscriber would receive them, for showing
	 * their length.
	 */
	public String smsAsSent(String words, Locale locale) {
		return this.messages.sms((words == null) ? "" : words, locale);
	}

	private Checked check(AlertKind kind, AlertDraft draft) {
		if (draft == null || draft.severity() == null) {
			throw new Refusal("alerts.error.severityMissing");
		}
		AlertText text = draft.text();
		if (text == null || blank(text.headlineEn()) || blank(text.bodyEn()) || blank(text.instructionEn())
				|| blank(text.smsEn())) {
			throw new Refusal("alerts.error.englishMissing");
		}
		if (blank(text.headlineFr()) || blank(text.bodyFr()) || blank(text.instructionFr()) || blank(text.smsFr())) {
			throw new Refusal("alerts.error.frenchMissing");
		}
		if (text.headlineEn().length() > 160 || text.headlineFr().length() > 160) {
			throw new Refusal("alerts.error.headlineTooLong");
		}
		if (tooLong(text.bodyEn(), MAX_BODY) || tooLong(text.bodyFr(), MAX_BODY)
				|| tooLong(text.instructionEn(), MAX_INSTRUCTION) || tooLong(text.instructionFr(), MAX_INSTRUCTION)
				|| tooLong(draft.description(), MAX_DESCRIPTION)
				|| (draft.substances() != null && tooLong(String.join(", ", draft.substances()), MAX_SUBSTANCES))) {
			throw new Refusal("alerts.error.tooLongForPoster", MAX_BODY, MAX_INSTRUCTION, MAX_DESCRIPTION,
					MAX_SUBSTANCES);
		}
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			if (SmsLength.of(this.messages.sms(kind, text.sms(locale), locale)).segments() > MAX_SEGMENTS) {
				throw new Refusal("alerts.error.smsTooLong", MAX_SEGMENTS);
			}
		}
		List<String> zones = new ArrayList<>();
		for (String zone : (draft.zones() == null) ? List.<String>of() : draft.zones()) {
			String code = zone.strip().toUpperCase(Locale.ROOT);
			if (this.sites.zone(code).isEmpty()) {
				throw new Refusal("alerts.error.unknownZone", zone);
			}
			if (!zones.contains(code)) {
				zones.add(code);
			}
		}
		List<String> substances = (draft.substances() == null) ? List.of()
				: draft.substances().stream().map(String::strip).filter((name) -> !name.isEmpty()).distinct().toList();
		if (substances.isEmpty() && blank(draft.description())) {
			throw new Refusal("alerts.error.whatMissing");
		}
		Instant from = (draft.effectiveFrom() != null) ? draft.effectiveFrom() : this.time.now();
		Instant expires = (draft.expiresAt() != null) ? draft.expiresAt() : from.plus(DEFAULT_LIFETIME);
		if (!expires.isAfter(from) || expires.isAfter(from.plus(MAX_LIFETIME))) {
			throw new Refusal("alerts.error.badExpiry");
		}
		AlertText trimmed = new AlertText(text.headlineEn().strip(), text.headlineFr().strip(), text.bodyEn().strip(),
				text.bodyFr().strip(), text.instructionEn().strip(), text.instructionFr().strip(), text.smsEn().strip(),
				text.smsFr().strip());
		return new Checked(new AlertDraft(draft.severity(), zones, substances,
				(draft.classes() == null) ? List.of() : draft.classes().stream().distinct().toList(),
				blank(draft.description()) ? null : draft.description().strip(), trimmed, from, expires,
				(draft.sources() == null) ? List.of() : draft.sources()), from, expires);
	}

	static void requireDesk(StaffMember by) {
		if (by == null || !(by.is(Role.COORDINATOR) || by.is(Role.ADMIN))) {
			throw new NotAllowed("alerts.error.coordinatorsOnly");
		}
	}

	private static boolean tooLong(String text, int max) {
		return text != null && text.strip().codePointCount(0, text.strip().length()) > max;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Checked(AlertDraft draft, Instant from, Instant expires) {
	}

}
