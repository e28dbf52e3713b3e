package org.satellite.hub.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.satellite.platform.Refusal;

/**
 * Links the hub shows are web addresses and nothing else: a {@code javascript:} or
 * {@code file:} link on a public page would be a trap for its readers.
 */
final class Links {

	private Links() {
	}

	/**
	 * The link as stored, {@code null} when none was given.
	 * @throws Refusal when it is not an {@code http} or {@code https} address
	 */
	static String optional(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String value = link.strip();
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& value.length() <= 2000) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// Refused below, with the same words as any other bad link.
		}
		throw new Refusal("hub.error.badLink");
	}

}
