package org.satellite.platform;

import java.nio.file.Path;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * How this instance of Satellite runs.
 *
 * <p>
 * Without {@code spring.datasource.url} Satellite runs in <em>demo mode</em>: it starts
 * its own embedded PostgreSQL under {@link #dataDirectory()}, generates its own keys and
 * seeds a demonstration program with demo accounts. With an external database none of
 * that happens.
 *
 * @param demo whether this is a demo instance on the embedded database
 * @param dataDirectory where local state (embedded database, demo keys) is kept
 */
public record Deployment(boolean demo, Path dataDirectory) {

	/**
	 * How the given configuration deploys Satellite. Usable before the application
	 * context exists, so that the embedded database can start early.
	 */
	public static Deployment of(PropertyResolver configuration) {
		boolean demo = !StringUtils.hasText(configuration.getProperty("spring.datasource.url"));
		Path directory = Path.of(configuration.getProperty("satellite.data-directory", "./data"));
		return new Deployment(demo, directory.toAbsolutePath().normalize());
	}

}
