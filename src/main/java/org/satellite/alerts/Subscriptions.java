package org.satellite.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satellite.alerts.internal.AlertMessages;
import org.satellite.alerts.internal.Contacts;
import org.satellite.alerts.internal.Subscribers;
import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.alerts.internal.Subscribers.Preferences;
import org.satellite.messaging.Email;
import org.satellite.messaging.Emails;
import org.satellite.messaging.OutgoingSms;
import org.satellite.messaging.SmsOutbox;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to alerts from the web: by phone (confirmed by replying YES or OUI) or by email (confirmed by a
 * link). Nobody, staff included, ever sees a subscriber's contact: staff see counts.
 */
@Service
public class Subscriptions {

	/** How long an unconfirmed subscription waits for its confirmation before it is deleted. */
	public static final java.time.Duration CONFIRMATION_TIME = java.time.Duration.ofHours(48);

	private final Subscribers subscribers;

	private final Contacts contacts;

	private final SmsOutbox sms;

	private final Sites sites;

	private final AlertMessages messages;

	private final ProgramTime time;

	private final Emails emails;

	private final AlertSettings settings;

	private final java.security.SecureRandom random = new java.security.SecureRandom();

	Subscriptions(Subscribers subscribers, Contacts contacts, SmsOutbox sms, Sites sites, AlertMessages messages,
			ProgramTime time, Emails emails, AlertSettings settings) {
		this.subscribers = subscribers;
		this.contacts = contacts;
		this.sms = sms;
		this.sites = sites;
		this.messages = messages;
		this.time = time;
		this.emails = emails;
		this.settings = settings;
	}

	/**
	 * Subscribes an email address and sends it a confirmation link valid for {@link #CONFIRMATION_TIME}. An address
	 * already subscribed gets the new zones added and nothing is sent, so that the form tells nobody whether an
	 * address is subscribed.
	 */
	@Transactional
	public void subscribeEmail(String email, Request request) {
		String address = Contacts.normalise(Channel.EMAIL, email).orElseThrow(() -> new Refusal("alerts.error.badEmail"));
		Preferences preferences = check(request);
		String hash = this.contacts.hash(Channel.EMAIL, address);
		var existing = this.subscribers.byHash(hash);
		if (existing.isPresent()) {
			this.subscribers.addZones(existing.get().id(), preferences.zones(), preferences.allZones());
			return;
		}
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.subscribers.insert(Channel.EMAIL, this.contacts.seal(Channel.EMAIL, address), hash, preferences,
				this.contacts.tokenHash(token), this.time.now().plus(CONFIRMATION_TIME));
		Locale language = preferences.language();
		String link = this.settings.publicUrl() + "/alerts/confirm/" + token;
		this.emails.queue("subscribe:" + UUID.randomUUID(), Email.of(address,
				this.messages.get("alerts.email.confirm.subject", language),
				this.messages.get("alerts.email.confirm.text", language, named(preferences), link)));
	}

	/**
	 * Confirms an email subscription by the link it was sent.
	 * @throws Refusal when the link is unknown or has expired
	 */
	@Transactional
	public void confirmEmail(String token) {
		var subscriber = this.subscribers.byToken(this.contacts.tokenHash((token == null) ? "" : token), this.time.now())
			.orElseThrow(() -> new Refusal("alerts.error.linkExpired"));
		this.subscribers.confirm(subscriber.id());
	}

	/**
	 * Ends an email subscription from the link in every email; the link is signed, so nobody can make one for
	 * someone else. Deletes the address.
	 * @return whether there was a subscription to end
	 */
	@Transactional
	public boolean unsubscribe(long subscriberId, String signature) {
		if (!this.contacts.unsubscribeSignature(subscriberId).equals(signature)) {
			throw new Refusal("alerts.error.badUnsubscribeLink");
		}
		return this.subscribers.deleteIfExists(subscriberId);
	}

	/**
	 * Subscribes a phone number and texts it a request to confirm. A number already subscribed gets the new zones
	 * added (and is asked again to confirm when it never did).
	 */
	@Transactional
	public void subscribePhone(String phone, Request request) {
		String number = Contacts.normalise(Channel.SMS, phone).orElseThrow(() -> new Refusal("alerts.error.badPhone"));
		Preferences preferences = check(request);
		String hash = this.contacts.hash(Channel.SMS, number);
		var existing = this.subscribers.byHash(hash);
		String named = named(preferences);
		String text;
		if (existing.isPresent()) {
			this.subscribers.addZones(existing.get().id(), preferences.zones(), preferences.allZones());
			Locale language = existing.get().language();
			text = existing.get().confirmed() ? this.messages.get("alerts.sms.added", language, named(preferences, language))
					: this.messages.get("alerts.sms.confirm", language, named(preferences, language));
		}
		else {
			this.subscribers.insert(Channel.SMS, this.contacts.seal(Channel.SMS, number), hash, preferences, null, null);
			text = this.messages.get("alerts.sms.confirm", preferences.language(), named);
		}
		this.sms.queue("subscription", new OutgoingSms("subscribe:" + UUID.randomUUID(), number, text));
	}

	/** How many confirmed subscribers each channel has. */
	public Map<String, Long> counts() {
		return this.subscribers.confirmedCounts()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().name(), Map.Entry::getValue));
	}

	@Scheduled(fixedDelayString = "PT10M")
	void purgeUnconfirmed() {
		this.subscribers.purgeUnconfirmed(this.time.now().minus(CONFIRMATION_TIME));
	}

	Preferences check(Request request) {
		if (request.minimumSeverity() == null) {
			throw new Refusal("alerts.error.severityMissing");
		}
		List<String> zones = new ArrayList<>();
		for (String zone : request.zones()) {
			String code = zone.strip().toUpperCase(Locale.ROOT);
			if (this.sites.zone(code).isEmpty()) {
				throw new Refusal("alerts.error.unknownZone", zone);
			}
			zones.add(code);
		}
		if (zones.isEmpty() && !request.allZones()) {
			throw new Refusal("alerts.error.noZone");
		}
		return new Preferences(zones, request.allZones(), request.classes(), request.minimumSeverity(),
				Languages.closestTo(request.language()));
	}

	private String named(Preferences preferences) {
		return named(preferences, preferences.language());
	}

	private String named(Preferences preferences, Locale language) {
		if (preferences.allZones()) {
			return this.messages.get("alerts.zones.all", language);
		}
		return preferences.zones()
			.stream()
			.map((code) -> this.sites.zone(code).map((zone) -> zone.name(language)).orElse(code))
			.collect(Collectors.joining(", "));
	}

	/**
	 * What someone asks for when subscribing.
	 *
	 * @param zones zone codes
	 * @param allZones every zone, now and to come
	 * @param classes substance classes; empty for all
	 * @param minimumSeverity the lowest severity to hear about
	 * @param language English or French
	 */
	public record Request(List<String> zones, boolean allZones, List<SubstanceClass> classes, Severity minimumSeverity,
			Locale language) {

		public Request {
			zones = (zones == null) ? List.of() : List.copyOf(zones);
			classes = (classes == null) ? List.of() : List.copyOf(classes);
		}

	}

	/** For tests and the delivery page: how many recipients an alert has. */
	public long recipientsOf(UUID alertId) {
		return this.subscribers.recipientCount(alertId);
	}

	/** All zones, for forms. */
	public List<Zone> zones() {
		return this.sites.zones();
	}

}
