package org.satellite.alerts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.alerts.internal.Subscribers.Preferences;
import org.satellite.alerts.internal.Subscribers.Subscriber;
import org.satellite.messaging.InboundSms;
import org.satellite.messaging.SmsKeywordHandler;
import org.satellite.messaging.SmsLanguages;
import org.satellite.messaging.SmsOutbox;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.Languages;
import org.satellite.platform.Audited;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The subscription keywords, in English and French: JOIN / ABONNER a zone, YES / OUI to
 * confirm, LEAVE / QUITTER a zone while keeping the others (not the last one: STOP is for
 * leaving everything), FR / EN, HELP / AIDE / INFO, and STOP / ARRET, which cancels every
 * message still waiting for the number and deletes it at once. Replies are in the
 * subscriber's language, or in the language of the keyword for a stranger.
 */
@Component
class SubscriberKeywords implements SmsKeywordHandler {

	private static final Set<String> FRENCH = Set.of("ARRET", "AIDE", "ABONNER", "OUI", "FR", "QUITTER");

	private final Subscribers subscribers;

	private final Contacts contacts;

	private final SmsOutbox outbox;

	private final Sites sites;

	private final AlertMessages messages;

	private final ApplicationEventPublisher events;

	private final SmsLanguages languages;

	SubscriberKeywords(Subscribers subscribers, Contacts contacts, SmsOutbox outbox, Sites sites,
			AlertMessages messages, ApplicationEventPublisher events, SmsLanguages languages) {
		this.languages = languages;
		this.subscribers = subscribers;
		this.contacts = contacts;
		this.outbox = outbox;
		this.sites = sites;
		this.messages = messages;
		this.events = events;
	}

	@Override
	public Set<String> keywords() {
		return Set.of("STOP", "ARRET", "HELP", "AIDE", "INFO", "JOIN", "ABONNER", "YES", "OUI", "LEAVE", "QUITTER",
				"FR", "EN");
	}

	/**
	 * A subscriber's language, confirmed or not: they chose it when they subscribed, or
	 * with FR or EN.
	 */
	@Override
	public Optional<Locale> languageOf(String from) {
		return this.subscribers.byHash(this.contacts.hash(Channel.SMS, from)).map(Subscriber::language);
	}

	@Override
	public Optional<String> handle(InboundSms sms) {
		String hash = this.contacts.hash(Channel.SMS, sms.from());
		Optional<Subscriber> subscriber = this.subscribers.byHash(hash);
		Locale language = subscriber.map(Subscriber::language)
			.orElse(FRENCH.contains(sms.keyword()) ? Languages.FRENCH : Languages.ENGLISH);
		return Optional.of(switch (sms.keyword()) {
			case "STOP", "ARRET" -> stop(sms.from(), subscriber, language);
			case "YES", "OUI" -> confirm(subscriber, language);
			case "JOIN", "ABONNER" -> join(sms.from(), hash, subscriber, sms.arguments(), language);
			case "LEAVE", "QUITTER" -> leave(subscriber, sms.arguments(), language);
			case "FR", "EN" ->
				language(sms.from(), subscriber, "FR".equals(sms.keyword()) ? Languages.FRENCH : Languages.ENGLISH);
			default -> this.messages.get("alerts.sms.help", language, zoneList(language));
		});
	}

	private String stop(String phone, Optional<Subscriber> subscriber, Locale language) {
		this.outbox.cancelAllTo(phone);
		this.languages.forget(phone);
		subscriber.ifPresent((found) -> {
			this.subscribers.delete(found.id());
			this.events.publishEvent(new Audited("subscriber.stopped", "sms", null));
		});
		return this.messages.get("alerts.sms.stopped", language);
	}

	private String confirm(Optional<Subscriber> subscriber, Locale language) {
		if (subscriber.isEmpty()) {
			return this.messages.get("alerts.sms.nothingToConfirm", language, exampleZone());
		}
		this.subscribers.confirm(subscriber.get().id());
		return this.messages.get("alerts.sms.confirmed", language, topics(subscriber.get(), language));
	}

	private String join(String phone, String hash, Optional<Subscriber> subscriber, String arguments, Locale language) {
		if (arguments.isBlank()) {
			return this.messages.get("alerts.sms.zoneMissing", language, exampleZone(), zoneList(language));
		}
		boolean all = Set.of("ALL", "TOUT", "TOUTES").contains(plain(arguments));
		Optional<Zone> zone = all ? Optional.empty() : zoneNamed(arguments);
		if (!all && zone.isEmpty()) {
			return this.messages.get("alerts.sms.unknownZone", language, abbreviate(arguments), zoneList(language));
		}
		List<String> zones = zone.map((found) -> List.of(found.code())).orElse(List.of());
		String named = zone.map((found) -> found.name(language))
			.orElse(this.messages.get("alerts.zones.all", language));
		if (subscriber.isPresent()) {
			this.subscribers.addZones(subscriber.get().id(), zones, all);
			return subscriber.get().confirmed() ? this.messages.get("alerts.sms.added", language, named)
					: this.messages.get("alerts.sms.confirm", language, named);
		}
		this.subscribers.insert(Channel.SMS, this.contacts.seal(Channel.SMS, phone), hash,
				new Preferences(zones, all, List.of(), Severity.ADVISORY, language), null, null);
		return this.messages.get("alerts.sms.confirm", language, named);
	}

	private String leave(Optional<Subscriber> subscriber, String arguments, Locale language) {
		Optional<Zone> zone = zoneNamed(arguments);
		if (subscriber.isEmpty()) {
			return this.messages.get("alerts.sms.notSubscribed", language, exampleZone());
		}
		if (zone.isEmpty() || !subscriber.get().zones().contains(zone.get().code())) {
			return this.messages.get("alerts.sms.notInZone", language, abbreviate(arguments),
					topics(subscriber.get(), language));
		}
		if (subscriber.get().zones().size() == 1 && !subscriber.get().allZones()) {
			// With no zone left the number would get nothing while still kept: STOP is
			// the way to leave everything.
			return this.messages.get("alerts.sms.lastZone", language, zone.get().name(language));
		}
		this.subscribers.removeZone(subscriber.get().id(), zone.get().code());
		return this.messages.get("alerts.sms.left", language, zone.get().name(language));
	}

	private String language(String phone, Optional<Subscriber> subscriber, Locale chosen) {
		this.languages.remember(phone, chosen);
		if (subscriber.isEmpty()) {
			return this.messages.get("alerts.sms.notSubscribed", chosen, exampleZone());
		}
		this.subscribers.setLanguage(subscriber.get().id(), chosen);
		return this.messages.get("alerts.sms.language", chosen);
	}

	private String topics(Subscriber subscriber, Locale language) {
		if (subscriber.allZones()) {
			return this.messages.get("alerts.zones.all", language);
		}
		return subscriber.zones()
			.stream()
			.map((code) -> this.sites.zone(code).map((zone) -> zone.name(language)).orElse(code))
			.collect(Collectors.joining(", "));
	}

	private Optional<Zone> zoneNamed(String text) {
		String wanted = plain(text);
		return this.sites.zones()
			.stream()
			.filter((zone) -> plain(zone.code()).equals(wanted) || plain(zone.nameEn()).equals(wanted)
					|| plain(zone.nameFr()).equals(wanted))
			.findFirst();
	}

	private String zoneList(Locale language) {
		String list = this.sites.zones().stream().map(Zone::code).collect(Collectors.joining(", "));
		return (list.length() > 80) ? list.substring(0, 77) + "..." : list;
	}

	private String exampleZone() {
		return this.sites.zones().stream().map(Zone::code).findFirst().orElse("ZONE");
	}

	static String plain(String text) {
		return InboundSms.plain(text).replaceAll("\\s+", " ");
	}

	private static String abbreviate(String text) {
		String clean = text.strip().replaceAll("\\p{C}", "");
		return (clean.codePointCount(0, clean.length()) > 20)
				? clean.substring(0, clean.offsetByCodePoints(0, 20)) + "…" : clean;
	}

}
