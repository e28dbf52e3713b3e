package org.satellite.hub.web;

import java.util.Locale;

import org.satellite.hub.internal.Tag;

/**
 * A tag as a reader sees it: its key for links and the filter, its label in the reader's
 * language.
 *
 * @param lang {@code en} when the label is in English for a French reader (no French
 * label yet), otherwise {@code null} so that no attribute is written
 */
record TagLabel(String key, String label, String lang) {

	static TagLabel of(Tag tag, Locale reader) {
		return new TagLabel(tag.key(), tag.label(reader), tag.foreignLanguage(reader));
	}

}
