package org.satellite.alerts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.satellite.alerts.internal.Subscribers.Channel;
import org.satellite.messaging.InboundSms;
import org.satellite.messaging.SmsKeywordHandler;
import org.satellite.network.Sites;
import org.satellite.platform.Languages;
import org.satellite.platform.Refusal;

import org.springframework.stereotype.Component;

/**
 * {@code BAD <text>} and {@code OD <text>}: anonymous reports by SMS. The number is used
 * for the reply only and never stored with the report. A zone may open the text
 * ({@code BAD DT blue pills}).
 */
@Component
class ReportKeywords implements SmsKeywordHandler {

	private final CommunityReports reports;

	private final Subscribers subscribers;

	private final Contacts contacts;

	private final AlertMessages messages;

	private final Sites sites;

	ReportKeywords(CommunityReports reports, Subscribers subscribers, Contacts contacts, AlertMessages messages,
			Sites sites) {
		this.reports = reports;
		this.subscribers = subscribers;
		this.contacts = contacts;
		this.messages = messages;
		this.sites = sites;
	}

	@Override
	public Set<String> keywords() {
		return Set.of("BAD", "OD");
	}

	@Override
	public Optional<String> handle(InboundSms sms) {
		var language = this.subscribers.byHash(this.contacts.hash(Channel.SMS, sms.from()))
			.map(Subscribers.Subscriber::language)
			.orElse(Languages.ENGLISH);
		String text = sms.arguments();
		String zone = null;
		String[] words = text.split("\\s+", 2);
		if (words.length == 2 && this.sites.zone(words[0].toUpperCase(Locale.ROOT)).isPresent()) {
			zone = words[0].toUpperCase(Locale.ROOT);
			text = words[1];
		}
		try {
			this.reports.check(text);
			this.reports.report("OD".equals(sms.keyword()) ? ReportKind.OVERDOSE : ReportKind.BAD_BATCH, zone, text,
					"SMS", UUID.randomUUID().toString());
			return Optional.of(this.messages.get("alerts.sms.reportThanks", language));
		}
		catch (Refusal refusal) {
			return Optional.of(this.messages.get("alerts.sms.reportEmpty", language));
		}
	}

}
