package org.satellite.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.satellite.platform.Deployment;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL in the background as soon as the configuration is known, while Spring is still
 * reading the application, so that the database is up by the time the first bean needs it. Starting it inside the
 * bean instead made every demo start about two seconds slower (see StartupBenchmark).
 *
 * <p>
 * Registered in {@code META-INF/spring.factories}; does nothing when an external database is configured.
 */
public class EmbeddedDatabaseStartup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedDatabaseStartup";

	private final CompletableFuture<EmbeddedPostgres> server;

	public EmbeddedDatabaseStartup() {
		this.server = null;
	}

	private EmbeddedDatabaseStartup(CompletableFuture<EmbeddedPostgres> server) {
		this.server = server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Deployment deployment = Deployment.of(environment);
		if (!deployment.demo() || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			return;
		}
		boolean clean = Boolean.parseBoolean(environment.getProperty("satellite.embedded-database.clean", "false"));
		Path directory = deployment.dataDirectory().resolve("postgres");
		CompletableFuture<EmbeddedPostgres> server = CompletableFuture.supplyAsync(() -> start(directory, clean));
		context.getBeanFactory().registerSingleton(BEAN_NAME, new EmbeddedDatabaseStartup(server));
	}

	/**
	 * The started server, waiting for it if it is still starting.
	 */
	EmbeddedPostgres server() {
		try {
			return this.server.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory);
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "100")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

}
