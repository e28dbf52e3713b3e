package org.satellite;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real Satellite process, for the tests that kill one and the benchmarks that measure
 * its memory alone: started from the test JVM's own classpath (without the test classes,
 * so none of the tests' settings reach it), with none of the machine's {@code SPRING_} or
 * {@code SATELLITE_} variables, its output in {@code target/<folder>/<name>.log}, and
 * returned once {@code /actuator/health} says UP.
 */
public final class SatelliteProcess {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private SatelliteProcess() {
	}

	public static Process start(String folder, String name, int port, String maxHeap, List<String> arguments,
			Map<String, String> environment) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		Path log = Path.of("target", folder, name + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp", classpath,
				SatelliteApplication.class.getName(), "--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("SATELLITE_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError(
						"Satellite (" + name + ") exited with " + process.exitValue() + "; see " + log);
			}
			if (healthy(port)) {
				return process;
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("Satellite (" + name + ") did not report UP within " + START_TIMEOUT + "; see " + log);
	}

	private static boolean healthy(int port) {
		try {
			HttpResponse<String> health = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
