/**
 * The knowledge hub ("Connect"): bilingual events of the learning series, the curated
 * resources that help people prepare for them, and the people registered for an event.
 *
 * <ul>
 * <li>{@link org.satellite.hub.internal.Events}: the events (number, EN/FR title and
 * description, date and time in a zone, status, interpretation, how to join, speakers,
 * planning partners, recording). A change of date or status publishes
 * {@link org.satellite.hub.EventChanged}.</li>
 * <li>{@link org.satellite.hub.internal.Resources}: the library, searched with PostgreSQL
 * full-text search by words, and filtered by kind, tag, language and year;
 * {@link org.satellite.hub.internal.Curation}: each event's list, in the editor's
 * order.</li>
 * <li>{@link org.satellite.hub.internal.Tags}: the library's tag vocabulary, each
 * {@link org.satellite.hub.internal.Tag} a stable key (what resources, links and the
 * filter use) with an English and a French label; a tag without a French label yet is
 * shown in English, marked {@code lang="en"}. Editors tick tags on a resource, add one
 * with both labels, and fix labels, merge two tags (the old key stays an alias, so links
 * keep working) or delete one on {@code /app/hub/tags}.</li>
 * <li>{@link org.satellite.hub.internal.Registrations}: an email address only, sealed and
 * hashed, never shown or logged, deleted 30 days after the event; confirmation with a
 * calendar file, the day-before reminder and word of every change go through
 * {@code messaging.Emails}; unsubscribe in one click.</li>
 * <li>Public pages {@code /hub}, {@code /hub/events/{number}}, {@code /hub/resources},
 * {@code /hub/feed.atom} (Rome) and {@code /hub/events/{number}.ics} (ical4j); editor
 * pages under {@code /app/hub} for the EDITOR and ADMIN roles, checked again here on
 * every change.</li>
 * </ul>
 *
 * <p>
 * API: the event {@link org.satellite.hub.EventChanged}; events, resources, tags and
 * registrations are internal. May use {@code identity}, {@code messaging},
 * {@code platform}, {@code privacy} (the table in {@code
 * docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Knowledge hub",
		allowedDependencies = { "identity", "messaging", "platform", "platform :: web", "privacy" })
package org.satellite.hub;

import org.springframework.modulith.ApplicationModule;
