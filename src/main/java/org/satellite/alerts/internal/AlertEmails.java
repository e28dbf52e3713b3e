package org.satellite.alerts.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.satellite.messaging.Email;
import org.satellite.platform.ProgramTime;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An alert as an email in one language: text and HTML, the link to the alert, and how to stop (in the text and as
 * {@code List-Unsubscribe}).
 */
@Component
public class AlertEmails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AlertMessages messages;

	private final AlertSettings settings;

	private final Contacts contacts;

	private final ProgramTime time;

	AlertEmails(AlertMessages messages, AlertSettings settings, Contacts contacts, ProgramTime time) {
		this.messages = messages;
		this.settings = settings;
		this.contacts = contacts;
		this.time = time;
	}

	/**
	 * The link to a subscriber's preferences page, signed like the unsubscribe link, opening in their language.
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
				+ alert.text().instruction(language) + "\n\n" + this.messages.get("alerts.email.expires", language, expires)
				+ "\n" + link + "\n\n" + this.messages.get("alerts.email.preferences", language, preferences) + "\n"
				+ this.messages.get("alerts.email.stop", language, unsubscribe);
		String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body><p><strong>"
				+ HtmlUtils.htmlEscape(severity) + "</strong></p><h1>" + HtmlUtils.htmlEscape(headline) + "</h1><p>"
				+ HtmlUtils.htmlEscape(alert.text().body(language)) + "</p><p><strong>"
				+ HtmlUtils.htmlEscape(alert.text().instruction(language)) + "</strong></p><p>"
				+ HtmlUtils.htmlEscape(this.messages.get("alerts.email.expires", language, expires)) + "</p><p><a href=\""
				+ HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link) + "</a></p><p><a href=\""
				+ HtmlUtils.htmlEscape(preferences) + "\">"
				+ HtmlUtils.htmlEscape(this.messages.get("alerts.email.preferencesLink", language)) + "</a></p><p><a href=\""
				+ HtmlUtils.htmlEscape(unsubscribe) + "\">"
				+ HtmlUtils.htmlEscape(this.messages.get("alerts.email.stopLink", language)) + "</a></p></body></html>";
		return Email.of(to, severity + ": " + headline, text).withHtml(html).withUnsubscribeUrl(unsubscribe);
	}

}
