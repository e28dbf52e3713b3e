package org.satellite.checking.internal;

import java.util.Locale;

import org.satellite.checking.SubstanceClass;
import org.satellite.platform.Languages;

/**
 * A canonical substance of the vocabulary.
 *
 * @param fentanylGroup whether it counts as fentanyl (fentanyl, its analogues,
 * carfentanil) in the figures
 * @param notableReason why finding it is always notable ({@code carfentanil},
 * {@code nitazene}, {@code xylazine}, {@code medetomidine}, {@code marked} by an admin),
 * or {@code null}
 */
public record Substance(int id, String nameEn, String nameFr, SubstanceClass substanceClass, boolean fentanylGroup,
		String notableReason) {

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameFr);
	}

}
