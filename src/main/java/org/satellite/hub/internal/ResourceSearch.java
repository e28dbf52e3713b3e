package org.satellite.hub.internal;

/**
 * A search of the resource library; every part is optional.
 *
 * @param words words to look for in titles, authors and descriptions
 * @param language {@code en} or {@code fr}
 */
public record ResourceSearch(String words, ResourceKind kind, String tag, String language, Integer year) {

	public static ResourceSearch everything() {
		return new ResourceSearch(null, null, null, null, null);
	}

}
