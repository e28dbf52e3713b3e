package org.satellite.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one way to write a link that people open from outside Satellite: in an email, an
 * SMS, a feed, a calendar file, a QR code or a poster. Every such link starts with the
 * configured public address ({@code satellite.public-url}, from
 * {@code SATELLITE_PUBLIC_URL}), never with the address a request happened to come in by:
 * a message written during a request is read later, elsewhere, and a link built from
 * {@code Host} would carry whatever a client or a proxy put there.
 *
 * <p>
 * Outside demo mode the address is required, and Satellite refuses to start without a
 * valid one (decision 0091): links to {@code localhost} in alerts sent to hundreds of
 * phones cannot be taken back. A demo without one links to the port it listens on, on
 * {@code localhost}.
 */
@Component
public class PublicLinks {

	/** The setting that holds the public address. */
	public static final String SETTING = "satellite.public-url";

	private final Environment environment;

	private final String configured;

	PublicLinks(Environment environment) {
		this.environment = environment;
		this.configured = checked(environment.getProperty(SETTING), Deployment.of(environment).demo());
	}

	/**
	 * The public address without a trailing slash, such as
	 * {@code https://satellite.example.org} or {@code https://example.org/satellite}.
	 */
	public String base() {
		if (this.configured != null) {
			return this.configured;
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

	/**
	 * The public link to a path of Satellite.
	 * @param path starting with {@code /}, query included when there is one
	 */
	public String to(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A public link's path starts with /: " + path);
		}
		return base() + path;
	}

	/**
	 * The public link to a page, opening in a language ({@code ?lang=en} or
	 * {@code ?lang=fr}).
	 */
	public String to(String path, Locale language) {
		return to(path) + (path.contains("?") ? "&" : "?") + "lang=" + Languages.closestTo(language).getLanguage();
	}

	/** The host of the public address, for identifiers such as calendar UIDs. */
	public String host() {
		return URI.create(base()).getHost();
	}

	/**
	 * The configured address made canonical, {@code null} when none is set in demo mode.
	 * @throws IllegalStateException when it is missing outside demo mode, or is not an
	 * absolute http(s) address
	 */
	static String checked(String address, boolean demo) {
		if (!StringUtils.hasText(address)) {
			if (demo) {
				return null;
			}
			throw new IllegalStateException("Set SATELLITE_PUBLIC_URL (satellite.public-url) to the address people "
					+ "reach Satellite at, such as https://satellite.example.org: every link in emails, SMS, feeds "
					+ "and posters starts with it. Satellite does not start without it outside demo mode.");
		}
		String trimmed = address.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
					|| uri.getFragment() != null) {
				throw new URISyntaxException(trimmed, "not an absolute http(s) address without query or fragment");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("SATELLITE_PUBLIC_URL (satellite.public-url) must be an address such as "
					+ "https://satellite.example.org, and is \"" + trimmed + "\": " + ex.getReason(), ex);
		}
		return trimmed;
	}

}
