/**
 * The knowledge hub ("Connect"): bilingual events of the learning series, the curated resources that help people
 * prepare for them, and the people registered for an event (an email address only, sealed, and deleted 30 days after
 * the event). Editors and admins curate; anyone reads, subscribes to the Atom feed and downloads an event's calendar
 * file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge hub")
package org.satellite.hub;
