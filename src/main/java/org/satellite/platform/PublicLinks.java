package org.satellite.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links that people open from paper: the address printed on a poster or a result slip,
 * and the QR code beside it. They start with the configured public address
 * ({@code satellite.public-url}, from {@code SATELLITE_PUBLIC_URL}), the one emails
 * already use, never with the address a request came in by: a poster printed from a
 * coordinator's laptop must not send readers to {@code localhost} or an internal host.
 *
 * <p>
 * The one place pages ask for such a link. A fuller builder of public links (required
 * outside demo mode, checked at start) is being written on another branch with the same
 * name and {@link #to(String)}; when it lands it replaces this class whole.
 */
@Component
public class PublicLinks {

	private final String base;

	PublicLinks(@Value("${satellite.public-url:http://localhost:8080}") String configured) {
		String trimmed = configured.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		this.base = trimmed;
	}

	/** The public address without a trailing slash. */
	public String base() {
		return this.base;
	}

	/**
	 * The public link to a path of Satellite.
	 * @param path starting with {@code /}
	 */
	public String to(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A public link's path starts with /: " + path);
		}
		return this.base + path;
	}

}
