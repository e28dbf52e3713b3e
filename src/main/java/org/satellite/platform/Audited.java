package org.satellite.platform;

/**
 * Something that must appear in the audit trail: an export, a view of someone's contact
 * details, a change of account. Modules publish it; the identity module writes it, in the
 * same transaction, to the append-only trail.
 *
 * @param action what was done, a stable code such as {@code peer-worker.contact-viewed}
 * @param subject what it was done to, such as a peer worker's handle or an export's name;
 * never personal data
 * @param detail optional words for the reader of the trail; never personal data
 */
public record Audited(String action, String subject, String detail) {
}
