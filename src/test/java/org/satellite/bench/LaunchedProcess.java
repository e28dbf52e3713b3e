package org.satellite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A process a benchmark started, with its output in a log file, and the means to measure
 * and to stop it and everything it started.
 *
 * <p>
 * The embedded PostgreSQL is started through {@code pg_ctl} and leaves the JVM's process
 * tree, so {@link #close()} also stops the server recorded in the {@code postmaster.pid}
 * of the data directories it is given.
 */
final class LaunchedProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final List<Path> databaseDirectories;

	private final long startedNanos;

	private LaunchedProcess(Process process, Path log, List<Path> databaseDirectories, long startedNanos) {
		this.process = process;
		this.log = log;
		this.databaseDirectories = databaseDirectories;
		this.startedNanos = startedNanos;
	}

	/**
	 * Starts a command with its standard output and error going to {@code log}, and
	 * without the environment variables that would point it at an external database.
	 */
	static LaunchedProcess start(List<String> command, Path log, List<Path> databaseDirectories) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> name.startsWith("SPRING_DATASOURCE_"));
		try {
			Files.createDirectories(log.getParent());
			long started = System.nanoTime();
			return new LaunchedProcess(builder.start(), log, List.copyOf(databaseDirectories), started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

	/** Milliseconds since just before the process was started. */
	double elapsedMillis() {
		return (System.nanoTime() - this.startedNanos) / 1_000_000.0;
	}

	/**
	 * Waits for the process to end by itself; {@code false} if it is still running after
	 * the wait.
	 */
	boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
		return this.process.waitFor(timeout, unit);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	Process process() {
		return this.process;
	}

	/**
	 * Resident memory of the process itself, in MiB, from {@code VmRSS} in
	 * {@code /proc/<pid>/status}.
	 */
	double residentMiB() {
		return residentMiB(this.process.pid());
	}

	/**
	 * Memory of the database server's processes in MiB: the sum of their proportional set
	 * sizes ({@code Pss} in {@code /proc/<pid>/smaps_rollup}), which counts the shared
	 * buffers once rather than once per process.
	 */
	double databaseMemoryMiB() {
		return databaseServers().stream()
			.flatMap((server) -> Stream.concat(Stream.of(server), server.descendants()))
			.mapToDouble((process) -> kibibytes(process.pid(), "smaps_rollup", "Pss:") / 1024.0)
			.sum();
	}

	/** The last lines the process printed, to explain a failure. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Asks the process to stop (SIGTERM), waits for it, then kills whatever of its tree
	 * and of its database servers is still running.
	 */
	@Override
	public void close() {
		List<ProcessHandle> leftovers = new ArrayList<>(this.process.descendants().toList());
		leftovers.addAll(databaseServers());
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		leftovers.addAll(databaseServers());
		for (ProcessHandle leftover : leftovers) {
			leftover.descendants().forEach(ProcessHandle::destroyForcibly);
			leftover.destroyForcibly();
		}
	}

	private List<ProcessHandle> databaseServers() {
		return this.databaseDirectories.stream()
			.map((directory) -> directory.resolve("postmaster.pid"))
			.filter(Files::isReadable)
			.map(LaunchedProcess::firstLine)
			.flatMap(Optional::stream)
			.map((pid) -> ProcessHandle.of(Long.parseLong(pid.trim())))
			.flatMap(Optional::stream)
			.filter(ProcessHandle::isAlive)
			.toList();
	}

	private static Optional<String> firstLine(Path file) {
		try {
			return Files.readAllLines(file).stream().findFirst().filter((line) -> line.trim().matches("\\d+"));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static double residentMiB(long pid) {
		return kibibytes(pid, "status", "VmRSS:") / 1024.0;
	}

	/** A figure in kB from a {@code /proc/<pid>/} file, 0 when the process is gone. */
	private static long kibibytes(long pid, String file, String field) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid), file))
				.stream()
				.filter((line) -> line.startsWith(field))
				.findFirst()
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.orElse(0L);
		}
		catch (IOException ex) {
			return 0L;
		}
	}

}
