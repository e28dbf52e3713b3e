package org.satellite.hub.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.satellite.platform.Languages;

/**
 * A journal article, report, news story, video or tool that helps people prepare for an
 * event. Its title keeps the language it was published in; its short description exists
 * in English and French.
 *
 * @param authors the authors or the publisher, as credited
 * @param published when it was published, to the {@code precision} known; may be empty
 * @param language the language of the resource itself ({@code en} or {@code fr})
 * @param link where to read or watch it; empty when the address is not known
 */
public record Resource(long id, ResourceKind kind, String title, String authors, LocalDate published,
		DatePrecision precision, String language, String link, String descriptionEn, String descriptionFr,
		List<String> tags, Instant createdAt) {

	public String description(Locale locale) {
		return Languages.pick(locale, this.descriptionEn, this.descriptionFr);
	}

}
