package org.satellite.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The few static files that a browser looks for at a fixed address, so that their address
 * cannot carry a hash of their content: the service worker, the web app manifest and the
 * favicon. Every other static file is cached for a year under a versioned address
 * ({@code spring.web.resources.*}); these are cached too but checked with the server each
 * time they are used (an unchanged file costs a 304), so that a new service worker
 * reaches every phone.
 */
@Configuration(proxyBeanMethods = false)
class FixedAddressAssets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/sw.js", "/manifest.webmanifest", "/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache());
	}

}
