package org.satellite.alerts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.alerts.internal.Subscribers.Preferences;
import org.satellite.checking.SubstanceClass;
import org.satellite.messaging.Email;
import org.satellite.messaging.Emails;
import org.satellite.messaging.OutgoingSms;
import org.satellite.messaging.SmsOutbox;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.PublicLinks;
import org.satellite.platform.Refusal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to alerts from the web: by phone (confirmed by replying YES or OUI) or by
 * email (confirmed by a link). Nobody, staff included, ever sees a subscriber's contact:
 * staff see counts.
 */
@Service
public class Subscriptions {

	/**
	 * How long an unconfirmed subscription waits for its confirmation before it is
	 * deleted.
	 */
	public static final Duration CONFIRMATION_TIME = Duration.ofHours(48);

	private final Subscribers subscribers;

	private final Contacts contacts;

	private final SmsOutbox sms;

	private final Sites sites;

	private final AlertMessages messages;

	private final ProgramTime time;

	private final Emails emails;

	private final PublicLinks links;

	private final AlertEmails emailTexts;

	private final SecureRandom random = new SecureRandom();

	Subscriptions(Subscribers subscribers, Contacts contacts, SmsOutbox sms, Sites sites, AlertMessages messages,
			ProgramTime time, Emails emails, PublicLinks links, AlertEmails emailTexts) {
		this.emailTexts = emailTexts;
		this.subscribers = subscribers;
		this.contacts = contacts;
		this.sms = sms;
		this.sites = sites;
		this.messages = messages;
		this.time = time;
		this.emails = emails;
		this.links = links;
	}

	/**
	 * Subscribes an email address and sends it a confirmation link valid for
	 * {@link #CONFIRMATION_TIME}. An address already subscribed gets the new zones added
	 * and nothing is sent, so that the form tells nobody whether an address is
	 * subscribed.
	 */
	@Transactional
	public void subscribeEmail(String email, Request request) {
		String address = Contacts.normalise(Channel.EMAIL, email)
			.orElseThrow(() -> new Refusal("alerts.error.badEmail"));
		Preferences preferences = check(request);
		String hash = this.contacts.hash(Channel.EMAIL, address);
		var existing = this.subscribers.byHash(hash);
		if (existing.isPresent()) {
			this.subscribers.addZones(existing.get().id(), preferences.zones(), preferences.allZones());
			return;
		}
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = this.subscribers.insert(Channel.EMAIL, this.contacts.seal(Channel.EMAIL, address), hash, preferences,
				this.contacts.tokenHash(token), this.time.now().plus(CONFIRMATION_TIME));
		Locale language = preferences.language();
		String link = this.links.to("/alerts/confirm/" + token, language);
		this.emails.queue("subscribe:" + UUID.randomUUID(),
				Email.of(address, this.messages.get("alerts.email.confirm.subject", language),
						this.messages.get("alerts.email.confirm.text", language, named(preferences), link) + "\n\n"
								+ this.messages.get("alerts.email.preferences", language,
										this.emailTexts.preferencesLink(id, language))));
	}

	/**
	 * Confirms an email subscription by the link it was sent.
	 * @throws Refusal when the link is unknown or has expired
	 */
	@Transactional
	public void confirmEmail(String token) {
		var subscriber = this.subscribers
			.byToken(this.contacts.tokenHash((token == null) ? "" : token), this.time.now())
			.orElseThrow(() -> new Refusal("alerts.error.linkExpired"));
		this.subscribers.confirm(subscriber.id());
	}

	/**
	 * Ends an email subscription from the link in every email; the link is signed, so
	 * nobody can make one for someone else. Deletes the address.
	 * @return whether there was a subscription to end
	 */
	@Transactional
	public boolean unsubscribe(long subscriberId, String signature) {
		requireSigned(subscriberId, signature);
		return this.subscribers.deleteIfExists(subscriberId);
	}

	/**
	 * What a subscriber asked for, for their preferences page, reached by the signed link
	 * in every email (the same signature as the unsubscribe link). The contact is only
	 * ever shown masked.
	 * @return empty when the subscription no longer exists
	 * @throws Refusal when the link is not one Satellite made
	 */
	@Transactional(readOnly = true)
	public Optional<Choices> choices(long subscriberId, String signature) {
		requireSigned(subscriberId, signature);
		return this.subscribers.byId(subscriberId)
			.map((subscriber) -> new Choices(subscriber.channel().name(),
					mask(subscriber.channel(), this.subscribers.contactSealed(subscriberId).orElse(null)),
					subscriber.zones(), subscriber.allZones(),
					subscriber.allClasses() ? List.of() : subscriber.classes(), subscriber.minimumSeverity(),
					subscriber.language()));
	}

	/**
	 * Replaces a subscriber's zones, substance classes, minimum severity and language,
	 * from their preferences page.
	 * @throws Refusal when the link is forged, the subscription is gone, a zone is
	 * unknown or no zone is left
	 */
	@Transactional
	public void change(long subscriberId, String signature, Request request) {
		requireSigned(subscriberId, signature);
		Preferences preferences = check(request);
		requireSubscriber(subscriberId);
		this.subscribers.change(subscriberId, preferences);
	}

	/**
	 * Stops the alerts for one zone and keeps the others. The last zone cannot be left
	 * this way: a subscription without a zone would get nothing, so the subscriber is
	 * told to unsubscribe from everything instead (decision 0036).
	 * @throws Refusal when the link is forged, the subscription is gone, the zone is not
	 * one of theirs or is the last
	 */
	@Transactional
	public void leaveZone(long subscriberId, String signature, String zone) {
		requireSigned(subscriberId, signature);
		var subscriber = requireSubscriber(subscriberId);
		String code = (zone == null) ? "" : zone.strip().toUpperCase(Locale.ROOT);
		if (subscriber.allZones() || !subscriber.zones().contains(code)) {
			throw new Refusal("alerts.error.notYourZone");
		}
		if (subscriber.zones().size() == 1) {
			throw new Refusal("alerts.error.lastZone");
		}
		this.subscribers.removeZone(subscriberId, code);
	}

	/**
	 * Stops the alerts about one substance class and keeps the others. Leaving the only
	 * class chosen is refused: no class means every class, the opposite of what was asked
	 * (decision 0036).
	 */
	@Transactional
	public void leaveClass(long subscriberId, String signature, SubstanceClass substanceClass) {
		requireSigned(subscriberId, signature);
		var subscriber = requireSubscriber(subscriberId);
		if (subscriber.allClasses() || !subscriber.classes().contains(substanceClass)) {
			throw new Refusal("alerts.error.notYourClass");
		}
		if (subscriber.classes().size() == 1) {
			throw new Refusal("alerts.error.lastClass");
		}
		this.subscribers.removeClass(subscriberId, substanceClass);
	}

	private void requireSigned(long subscriberId, String signature) {
		byte[] expected = this.contacts.unsubscribeSignature(subscriberId).getBytes(StandardCharsets.UTF_8);
		byte[] given = ((signature == null) ? "" : signature).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(expected, given)) {
			throw new Refusal("alerts.error.badUnsubscribeLink");
		}
	}

	private Subscribers.Subscriber requireSubscriber(long subscriberId) {
		return this.subscribers.byId(subscriberId).orElseThrow(() -> new Refusal("alerts.error.noSubscription"));
	}

	/**
	 * An address as {@code a•••@example.org}, a number as its last two digits: enough to
	 * recognise, not to use.
	 */
	private String mask(Channel channel, String sealed) {
		if (sealed == null) {
			return "";
		}
		String contact = this.contacts.open(channel, sealed);
		if (channel == Channel.EMAIL) {
			int at = contact.indexOf('@');
			return contact.charAt(0) + "•••" + contact.substring(at);
		}
		return "•••" + contact.substring(Math.max(0, contact.length() - 2));
	}

	/**
	 * Subscribes a phone number and texts it a request to confirm. A number already
	 * subscribed gets the new zones added (and is asked again to confirm when it never
	 * did).
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
			text = existing.get().confirmed()
					? this.messages.get("alerts.sms.added", language, named(preferences, language))
					: this.messages.get("alerts.sms.confirm", language, named(preferences, language));
		}
		else {
			this.subscribers.insert(Channel.SMS, this.contacts.seal(Channel.SMS, number), hash, preferences, null,
					null);
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

	@SchedulerLock(name = "subscriptions-purge-unconfirmed", lockAtMostFor = "PT5M")
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

	/**
	 * What a subscriber asked for, as their preferences page shows it.
	 *
	 * @param channel {@code SMS} or {@code EMAIL}
	 * @param maskedContact the contact with most of it hidden, like
	 * {@code a•••@example.org}
	 * @param zones zone codes
	 * @param allZones every zone, now and to come
	 * @param classes substance classes; empty for all
	 * @param minimumSeverity the lowest severity they hear about
	 * @param language English or French
	 */
	public record Choices(String channel, String maskedContact, List<String> zones, boolean allZones,
			List<SubstanceClass> classes, Severity minimumSeverity, Locale language) {
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
