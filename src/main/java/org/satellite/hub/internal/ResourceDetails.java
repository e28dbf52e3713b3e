package org.satellite.hub.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor writes about a resource.
 *
 * @param link an {@code http} or {@code https} address, or empty when it is not known
 */
public record ResourceDetails(ResourceKind kind, String title, String authors, LocalDate published,
		DatePrecision precision, String language, String link, String descriptionEn, String descriptionFr,
		List<String> tags) {

}
