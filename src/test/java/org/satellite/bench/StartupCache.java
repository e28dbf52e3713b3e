package org.satellite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * The start-up cache a program makes once when it installs Satellite (docs/operations.md,
 * "Faster start-up"): the jar extracted the way the JVM's caches need it, and one
 * training run that starts the application up to the end of its context refresh and
 * exits, leaving the cache behind. On Java 25 and later that is the JVM's AOT cache (JEP
 * 483 and 514: classes loaded and linked, method profiles); on Java 21 to 24, class data
 * sharing (CDS).
 *
 * @param jar the extracted application jar, to run with {@link #options()}
 * @param options the JVM options that use the cache
 * @param kind {@code aot-cache} or {@code cds}
 * @param trainingMillis how long the extraction and training took, a cost paid once per
 * installation
 */
record StartupCache(Path jar, List<String> options, String kind, double trainingMillis) {

	private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

	static StartupCache make(String java, Path packagedJar, Path directory, Path logs) throws Exception {
		long started = System.nanoTime();
		Path extracted = directory.resolve("application");
		run(List.of(java, "-Djarmode=tools", "-jar", packagedJar.toString(), "extract", "--destination",
				extracted.toString()), logs.resolve("startup-cache-extract.log"), null);
		Path jar = extracted.resolve(packagedJar.getFileName());
		boolean aot = Runtime.version().feature() >= 25;
		Path cache = extracted.resolve(aot ? "satellite.aot" : "satellite.jsa");
		List<String> training = new ArrayList<>(
				List.of(java, aot ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache,
						"-Dspring.context.exit=onRefresh", "-jar", jar.toString(),
						"--satellite.data-directory=" + directory.resolve("training-data")));
		run(training, logs.resolve("startup-cache-training.log"), directory.resolve("training-data"));
		if (!Files.isRegularFile(cache)) {
			fail("The training run left no start-up cache at " + cache + "; see " + logs);
		}
		List<String> options = List.of(aot ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache);
		return new StartupCache(jar, options, aot ? "aot-cache" : "cds", (System.nanoTime() - started) / 1e6);
	}

	private static void run(List<String> command, Path log, Path databaseDirectory) throws Exception {
		List<Path> databases = (databaseDirectory != null) ? List.of(databaseDirectory.resolve("postgres")) : List.of();
		try (LaunchedProcess process = LaunchedProcess.start(command, log, databases)) {
			if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				fail("Not done within " + TRAINING_TIMEOUT + ": " + command + "\n" + process.tail(40));
			}
		}
	}

}
