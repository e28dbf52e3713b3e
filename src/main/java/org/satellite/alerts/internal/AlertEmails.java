package org.satellite.alerts.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.satellite.messaging.Email;
import org.satellite.platform.Languages;
import org.satellite.platform.ProgramTime;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * An alert as an email in one language: text and HTML, the link to the alert, and how to
 * stop (in the text and as {@code List-Unsubscribe}). The HTML part is the Thymeleaf
 * template {@code email/alert}, drawn like a page: its words come from the messages
 * files, and whatever a coordinator typed is escaped by Thymeleaf.
 */
@Component
public class AlertEmails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AlertMessages messages;

	private final AlertSettings settings;

	private final Contacts contacts;

	private final ProgramTime time;

	private final ITemplateEngine templates;

	AlertEmails(AlertMessages messages, AlertSettings settings, Contacts contacts, ProgramTime time,
			ITemplateEngine templates) {
		this.messages = messages;
		this.settings = settings;
		this.contacts = contacts;
		this.time = time;
		this.templates = templates;
	}

	/**
	 * The link to a subscriber's preferences page, signed like the unsubscribe link,
	 * opening in their language.
	 */
	public String preferencesLink(long subscriberId, Locale language) {
		return this.settings.publicUrl() + "/alerts/preferences/" + subscriberId + "/"
				+ this.contacts.unsubscribeSignature(subscriberId) + "?lang=" + language.getLanguage();
	}

	public Email of(Alert alert, String to, long subscriberId, Locale language) {
		String link = this.settings.publicUrl() + "/alerts/" + alert.id() + "?lang=" + language.getLanguage();
		String unsubscribe = this.settings.publicUrl() + "/alerts/unsubscribe/" + subscriberId + "/"
				+ this.contacts.unsubscribeSignature(subscriberId);
		String preferences = preferencesLink(subscriberId, language);
		String expires = WHEN.format(alert.expiresAt().atZone(this.time.zone()));
		String severity = this.messages.get("alerts.severity." + alert.severity().name(), language);
		String headline = alert.text().headline(language);
		String text = severity + ": " + headline + "\n\n" + alert.text().body(language) + "\n\n"
				+ alert.text().instruction(language) + "\n\n"
				+ this.messages.get("alerts.email.expires", language, expires) + "\n" + link + "\n\n"
				+ this.messages.get("alerts.email.preferences", language, preferences) + "\n"
				+ this.messages.get("alerts.email.stop", language, unsubscribe);
		Context page = new Context(Languages.closestTo(language));
		page.setVariable("language", language.getLanguage());
		page.setVariable("severity", severity);
		page.setVariable("headline", headline);
		page.setVariable("body", alert.text().body(language));
		page.setVariable("instruction", alert.text().instruction(language));
		page.setVariable("expires", expires);
		page.setVariable("link", link);
		page.setVariable("preferences", preferences);
		page.setVariable("unsubscribe", unsubscribe);
		String html = this.templates.process("email/alert", page);
		return Email.of(to, severity + ": " + headline, text).withHtml(html).withUnsubscribeUrl(unsubscribe);
	}

}
