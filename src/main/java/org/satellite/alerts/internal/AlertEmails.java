package org.satellite.alerts.internal;

import java.util.Locale;

import org.satellite.messaging.Email;
import org.satellite.platform.Languages;
import org.satellite.platform.PublicLinks;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * An alert as an email in one language: text and HTML, the link to the alert, and how to
 * stop (in the text and as {@code List-Unsubscribe}). The HTML part is the Thymeleaf
 * template {@code email/alert}, drawn like a page: its words come from the messages
 * files, and whatever a coordinator typed is escaped by Thymeleaf.
 *
 * <p>
 * An update or a cancellation says so in the first words of its subject and text, says
 * what changed, and links to the alert it changes. Every link starts with the public
 * address ({@link PublicLinks}).
 */
@Component
public class AlertEmails {

	private final AlertMessages messages;

	private final PublicLinks links;

	private final Contacts contacts;

	private final ITemplateEngine templates;

	AlertEmails(AlertMessages messages, PublicLinks links, Contacts contacts, ITemplateEngine templates) {
		this.messages = messages;
		this.links = links;
		this.contacts = contacts;
		this.templates = templates;
	}

	/**
	 * The link to a subscriber's preferences page, signed like the unsubscribe link,
	 * opening in their language.
	 */
	public String preferencesLink(long subscriberId, Locale language) {
		return this.links.to(
				"/alerts/preferences/" + subscriberId + "/" + this.contacts.unsubscribeSignature(subscriberId),
				language);
	}

	/**
	 * @param changed the alert an update or cancellation changes, {@code null} for a new
	 * alert
	 */
	public Email of(Alert alert, Alert changed, String to, long subscriberId, Locale language) {
		String link = this.links.to("/alerts/" + alert.id(), language);
		String unsubscribe = this.links
			.to("/alerts/unsubscribe/" + subscriberId + "/" + this.contacts.unsubscribeSignature(subscriberId));
		String preferences = preferencesLink(subscriberId, language);
		String expires = this.messages.when(alert.expiresAt(), language);
		String severity = this.messages.get("alerts.severity." + alert.severity().name(), language);
		String headline = this.messages.headline(alert, language);
		String subject = (alert.kind() == AlertKind.ALERT) ? severity + ": " + headline
				: headline + " (" + severity + ")";
		String changes = this.messages.changes(alert, changed, language);
		String changedLink = (changed != null) ? this.links.to("/alerts/" + changed.id(), language) : null;
		String changesAlert = this.messages.changesAlert(alert, changed, changedLink, language);
		StringBuilder text = new StringBuilder(subject).append("\n\n");
		if (!changes.isEmpty()) {
			text.append(changes).append("\n");
		}
		if (!changesAlert.isEmpty()) {
			text.append(changesAlert).append("\n\n");
		}
		text.append(alert.text().body(language))
			.append("\n\n")
			.append(alert.text().instruction(language))
			.append("\n\n")
			.append(this.messages.get("alerts.email.expires", language, expires))
			.append("\n")
			.append(link)
			.append("\n\n")
			.append(this.messages.get("alerts.email.preferences", language, preferences))
			.append("\n")
			.append(this.messages.get("alerts.email.stop", language, unsubscribe));
		Context page = new Context(Languages.closestTo(language));
		page.setVariable("language", language.getLanguage());
		page.setVariable("kind", alert.kind().name());
		page.setVariable("severity", severity);
		page.setVariable("headline", headline);
		page.setVariable("changes", changes);
		page.setVariable("changedSent", (changed != null)
				? this.messages.when((changed.issuedAt() != null) ? changed.issuedAt() : changed.createdAt(), language)
				: null);
		page.setVariable("changedLink", changedLink);
		page.setVariable("cancels", alert.kind() == AlertKind.CANCEL);
		page.setVariable("body", alert.text().body(language));
		page.setVariable("instruction", alert.text().instruction(language));
		page.setVariable("expires", expires);
		page.setVariable("link", link);
		page.setVariable("preferences", preferences);
		page.setVariable("unsubscribe", unsubscribe);
		String html = this.templates.process("email/alert", page);
		return Email.of(to, subject, text.toString()).withHtml(html).withUnsubscribeUrl(unsubscribe);
	}

}
