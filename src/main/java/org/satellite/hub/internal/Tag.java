package org.satellite.hub.internal;

import java.util.Locale;

/**
 * A tag of the library: a stable key, which resources and links refer to, and its label
 * in English and French.
 *
 * @param labelFr the French label, or {@code null} when nobody has written it yet
 */
public record Tag(String key, String labelEn, String labelFr) {

	/**
	 * The label in the reader's language; in English when a French reader's label is not
	 * written yet.
	 */
	public String label(Locale reader) {
		return (isFrench(reader) && this.labelFr != null) ? this.labelFr : this.labelEn;
	}

	/**
	 * The language of the label shown, when it is not the reader's: {@code en} for a
	 * French reader of a tag with no French label yet, so that screen readers say it
	 * right; otherwise {@code null}.
	 */
	public String foreignLanguage(Locale reader) {
		return (isFrench(reader) && this.labelFr == null) ? "en" : null;
	}

	public boolean hasFrench() {
		return this.labelFr != null;
	}

	private static boolean isFrench(Locale reader) {
		return reader != null && "fr".equals(reader.getLanguage());
	}

}
