package org.satellite.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.satellite.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL in the background as soon as the configuration is known,
 * while Spring is still reading the application, so that the database is up by the time
 * the first bean needs it. Starting it inside the bean instead made every demo start
 * about two seconds slower (see StartupBenchmark).
 *
 * <p>
 * Registered in {@code META-INF/spring.factories}; does nothing when an external database
 * is configured.
 */
public class EmbeddedDatabaseStartup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedDatabaseStartup";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStartup.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

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
			stopOrphanedServer(directory);
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

	/**
	 * Stops the server a previous Satellite left running in this data directory. The
	 * embedded PostgreSQL runs as its own process: when Satellite is killed outright (the
	 * out-of-memory killer, {@code kill -9}, a power cut of the JVM only) it stays up,
	 * holding the directory, and the next start would fail. The server named in
	 * {@code postmaster.pid} is asked to stop (SIGTERM, PostgreSQL's smart shutdown: its
	 * clients are gone with the old JVM) and waited for; a stale file whose process is
	 * gone, or is not PostgreSQL, is left to PostgreSQL.
	 */
	static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		long pid;
		try (var lines = Files.lines(pidFile)) {
			pid = Long.parseLong(lines.findFirst().orElse("").strip());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> server = ProcessHandle.of(pid)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
		if (server.isEmpty()) {
			return;
		}
		log.warn("The embedded PostgreSQL of a previous run is still up (process {}); stopping it first", pid);
		server.get().destroy();
		try {
			server.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the earlier embedded PostgreSQL", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The embedded PostgreSQL of a previous run (process " + pid
					+ ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it and start again", ex);
		}
	}

}
