package org.satellite.hub.internal;

import java.net.URI;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in emails and feeds start with: the one the current request came in
 * by, or the configured public address outside a request (a scheduled job).
 */
@Component
public class PublicAddress {

	private final HubSettings settings;

	PublicAddress(HubSettings settings) {
		this.settings = settings;
	}

	public String base() {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		String configured = this.settings.publicUrl();
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	public String of(String path) {
		return base() + path;
	}

	public String host() {
		String host = URI.create(base()).getHost();
		return (host != null) ? host : "localhost";
	}

}
