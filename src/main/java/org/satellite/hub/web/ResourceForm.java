package org.satellite.hub.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.satellite.hub.internal.DatePrecision;
import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.ResourceDetails;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.Resources;
import org.satellite.platform.Refusal;

/**
 * The editor's resource form as typed. The publication date is typed as far as it is
 * known: {@code 2020-05-07}, {@code 2021-01} or {@code 2019}.
 */
record ResourceForm(String kind, String title, String authors, String published, String language, String link,
		String descriptionEn, String descriptionFr, String tags, String newTagEn, String newTagFr) {

	static ResourceForm blank() {
		return new ResourceForm(ResourceKind.JOURNAL_ARTICLE.name(), "", "", "", "en", "", "", "", "", "", "");
	}

	/** Whether the tag with this key is ticked. */
	public boolean chosen(String key) {
		return Resources.tagsFrom(this.tags).contains(key);
	}

	static ResourceForm of(Resource resource) {
		String published = "";
		if (resource.published() != null) {
			published = switch (resource.precision()) {
				case DAY -> resource.published().toString();
				case MONTH -> YearMonth.from(resource.published()).toString();
				case YEAR -> String.valueOf(resource.published().getYear());
			};
		}
		return new ResourceForm(resource.kind().name(), resource.title(), resource.authors(), published,
				resource.language(), (resource.link() != null) ? resource.link() : "", resource.descriptionEn(),
				resource.descriptionFr(), String.join(",", resource.tags()), "", "");
	}

	ResourceDetails details() {
		ResourceKind chosen;
		try {
			chosen = ResourceKind.valueOf((this.kind == null) ? "" : this.kind);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("hub.error.kindRequired");
		}
		LocalDate date = null;
		DatePrecision precision = DatePrecision.DAY;
		String typed = (this.published == null) ? "" : this.published.strip();
		try {
			if (typed.matches("\\d{4}")) {
				date = LocalDate.of(Integer.parseInt(typed), 1, 1);
				precision = DatePrecision.YEAR;
			}
			else if (typed.matches("\\d{4}-\\d{2}")) {
				date = YearMonth.parse(typed).atDay(1);
				precision = DatePrecision.MONTH;
			}
			else if (!typed.isEmpty()) {
				date = LocalDate.parse(typed);
			}
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("hub.error.badPublished");
		}
		return new ResourceDetails(chosen, this.title, this.authors, date, precision, this.language, this.link,
				this.descriptionEn, this.descriptionFr, Resources.tagsFrom(this.tags));
	}

}
