/**
 * The knowledge hub ("Connect"): bilingual events of the learning series, the curated resources that help people
 * prepare for them, and the people registered for an event.
 *
 * <ul>
 * <li>{@link org.satellite.hub.Events}: the events (number, EN/FR title and description, date and time in a zone,
 * status, interpretation, how to join, speakers, planning partners, recording). A change of date or status publishes
 * {@link org.satellite.hub.EventChanged}.</li>
 * <li>{@link org.satellite.hub.Resources}: the library, searched with PostgreSQL full-text search by words, and
 * filtered by kind, tag, language and year; {@link org.satellite.hub.Curation}: each event's list, in the editor's
 * order.</li>
 * <li>{@link org.satellite.hub.Registrations}: an email address only, sealed and hashed, never shown or logged,
 * deleted 30 days after the event; confirmation with a calendar file, the day-before reminder and word of every change
 * go through {@code messaging.Emails}; unsubscribe in one click.</li>
 * <li>Public pages {@code /hub}, {@code /hub/events/{number}}, {@code /hub/resources}, {@code /hub/feed.atom} (Rome)
 * and {@code /hub/events/{number}.ics} (ical4j); editor pages under {@code /app/hub} for the EDITOR and ADMIN roles,
 * checked again here on every change.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge hub")
package org.satellite.hub;
