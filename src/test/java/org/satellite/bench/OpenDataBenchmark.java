package org.satellite.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.satellite.SatelliteProcess;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public drug checking figures with 1,000,000 released samples (five years of them,
 * inserted in bulk with {@code generate_series}, with fentanyl, benzodiazepine and
 * xylazine strips): {@code /data} and each of its CSV files asked by 8 concurrent
 * anonymous clients, p95 and throughput, against the <strong>baseline</strong>: the same
 * figures (month, expected class, fentanyl, benzodiazepines, notable) counted by a GROUP
 * BY over the raw samples, strips and components, by 8 threads over JDBC in the same run.
 * Targets (DESIGN.md): p95 at most 100 ms, at least 20 times faster than the GROUP BY
 * (p95 against p95), at most 768 MiB resident.
 *
 * <p>
 * Satellite runs in its own process, as it does in production ({@link SatelliteProcess}:
 * the main classpath, no test settings, so templates are cached), on a PostgreSQL of its
 * own, with the heap bound that docs/operations.md recommends ({@value #HEAP}). Its
 * memory is that process's peak resident set ({@code VmHWM}) over the whole run, so the
 * load clients and the GROUP BY baseline, which run in the test JVM, are not counted in
 * it. Also reported: how long the one rebuild of the rollup took after the samples
 * landed. Duration per phase: {@code -Dbench.seconds} (default 20), after a warm-up of
 * {@code -Dbench.warmup-seconds} (default 15); {@code -Dbench.samples} (default
 * 1,000,000).
 */
class OpenDataBenchmark {

	static final int CLIENTS = 8;

	/** The maximum heap docs/operations.md recommends for a node. */
	static final String HEAP = "384m";

	static final List<String> PATHS = List.of("/data", "/data?period=QUARTER", "/data/checking-figures.csv",
			"/data/checking-monthly.csv", "/data/checking-expected-substances.csv", "/data/checking-vocabulary.csv",
			"/data/checking-columns.csv", "/data/results");

	/**
	 * The figures of the dashboard straight from the samples: what every request cost
	 * before the rollup.
	 */
	static final String GROUP_BY = """
			SELECT date_trunc('month', s.collected_on) AS month, es.class,
			       count(*) AS samples,
			       count(*) FILTER (WHERE f.fentanyl OR t.fentanyl) AS with_fentanyl,
			       count(*) FILTER (WHERE f.benzo OR t.benzo) AS with_benzodiazepine,
			       count(*) FILTER (WHERE f.notable OR t.xylazine) AS with_notable
			FROM samples s
			LEFT JOIN substance_names en ON en.name_key = s.expected_key
			LEFT JOIN substances es ON es.id = en.substance_id
			LEFT JOIN (SELECT c.sample_code, bool_or(x.grp = 'fentanyl') AS fentanyl,
			                  bool_or(x.class = 'BENZODIAZEPINE') AS benzo, bool_or(x.notable_reason IS NOT NULL) AS notable
			           FROM sample_components c JOIN substance_names n ON n.name_key = c.name_key
			           JOIN substances x ON x.id = n.substance_id GROUP BY c.sample_code) f ON f.sample_code = s.code
			LEFT JOIN (SELECT sample_code, bool_or(strip = 'FENTANYL' AND result = 'POSITIVE') AS fentanyl,
			                  bool_or(strip = 'BENZODIAZEPINE' AND result = 'POSITIVE') AS benzo,
			                  bool_or(strip = 'XYLAZINE' AND result = 'POSITIVE') AS xylazine
			           FROM sample_strips GROUP BY sample_code) t ON t.sample_code = s.code
			WHERE s.result_ready_at IS NOT NULL
			GROUP BY 1, 2""";

	int port;

	JdbcClient jdbc;

	@Test
	void servesTheFiguresOfAMillionSamples() throws Exception {
		int samples = Integer.getInteger("bench.samples", 1_000_000);
		Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			this.jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			this.port = freePort();
			Process satellite = SatelliteProcess.start("open-data-bench", "satellite", this.port, HEAP,
					List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
							"--satellite.public-url=http://localhost:" + this.port),
					keys());
			try {
				measure(satellite.pid(), samples, phase);
			}
			finally {
				satellite.destroy();
				if (!satellite.waitFor(60, TimeUnit.SECONDS)) {
					satellite.destroyForcibly().waitFor();
				}
			}
		}
	}

	private void measure(long pid, int samples, Duration phase) throws Exception {
		long inserting = System.nanoTime();
		insert(samples);
		double insertSeconds = (System.nanoTime() - inserting) / 1e9;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		long rebuilding = System.nanoTime();
		if (!get(http, "/data")) {
			throw new AssertionError("/data did not answer 200 after the samples landed");
		}
		double rebuildSeconds = (System.nanoTime() - rebuilding) / 1e9;
		run(Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 15)),
				(i) -> get(http, PATHS.get(i % PATHS.size())));
		Result pages = run(phase, (i) -> get(http, PATHS.get(i % PATHS.size())));
		double residentAfterLoad = memoryMiB(pid, "VmRSS:");
		Result groupBy = run(phase, (i) -> !this.jdbc.sql(GROUP_BY).query().listOfRows().isEmpty());
		double peak = memoryMiB(pid, "VmHWM:");

		BenchmarkReport report = BenchmarkReport.named("OpenDataBenchmark")
			.context("samples", samples)
			.context("clients", CLIENTS)
			.context("seconds_per_phase", phase.toSeconds())
			.context("processors", Runtime.getRuntime().availableProcessors())
			.context("satellite_heap", HEAP)
			.context("insert_seconds", Math.round(insertSeconds))
			.context("paths", PATHS)
			.baseline("group_by_p95", Samples.of("ms", List.of(groupBy.percentile(95))))
			.baseline("group_by_per_second", Samples.of("1/s", List.of(groupBy.perSecond())))
			.figure("rollup_rebuild_first_request", rebuildSeconds * 1000, "ms")
			.figure("http_p50", pages.percentile(50), "ms")
			.figure("http_p95", pages.percentile(95), "ms")
			.figure("http_per_second", pages.perSecond(), "1/s")
			.figure("http_failed", pages.failed(), "requests")
			.figure("group_by_p95_over_http_p95", groupBy.percentile(95) / pages.percentile(95), "x")
			.figure("resident_memory_after_load", residentAfterLoad, "MiB")
			.figure("resident_memory", peak, "MiB");
		for (String path : PATHS) {
			report.figure("p95 " + path, pages.percentile(95, path), "ms");
		}
		report.atMost("http_p95", 100)
			.atLeast("group_by_p95_over_http_p95", 20)
			.atMost("resident_memory", 768)
			.atMost("http_failed", 0)
			.publish()
			.assertTargetsMet();
	}

	/**
	 * Fresh keys and a first admin: Satellite refuses to start outside demo mode without
	 * them.
	 */
	private static Map<String, String> keys() {
		SecureRandom random = new SecureRandom();
		byte[] aes = new byte[32];
		byte[] hmac = new byte[32];
		random.nextBytes(aes);
		random.nextBytes(hmac);
		return Map.of("SATELLITE_PRIVACY_ENCRYPTION_KEYS", "k1:" + Base64.getEncoder().encodeToString(aes),
				"SATELLITE_PRIVACY_ACTIVE_KEY", "k1", "SATELLITE_PRIVACY_HASH_KEY",
				Base64.getEncoder().encodeToString(hmac), "SATELLITE_ADMIN_USERNAME", "admin",
				"SATELLITE_ADMIN_PASSWORD", "open-data-bench-admin");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A million released samples over five years, each with strips, in three statements.
	 */
	private void insert(int count) {
		LocalDate end = this.jdbc.sql("SELECT (date_trunc('month', program_now()) - interval '1 day')::date")
			.query(LocalDate.class)
			.single();
		this.jdbc
			.sql("""
					INSERT INTO samples (code, collected_on, zone_code, collection_mode, expected_written, expected_key,
					  result_ready_at, recorded_by)
					SELECT 'B' || upper(lpad(to_hex(n), 7, '0')), :end - ((n::bigint * 7919) % 1826)::int, 'Z' || (n % 7), 'WALK_IN',
					       (ARRAY['Fentanyl', 'Fentanyl', 'Heroin', 'Down', 'Cocaine', 'Crack', 'Methamphetamine', 'MDMA',
					              'Oxycodone', NULL])[1 + n % 10],
					       (ARRAY['fentanyl', 'fentanyl', 'heroin', 'down', 'cocaine', 'crack', 'methamphetamine', 'mdma',
					              'oxycodone', NULL])[1 + n % 10],
					       program_now(), 'bench'
					FROM generate_series(1, :count) AS n""")
			.param("end", end)
			.param("count", count)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO sample_strips (sample_code, strip, result)
					SELECT 'B' || upper(lpad(to_hex(n), 7, '0')), 'FENTANYL',
					       CASE WHEN (n * 31 % 100) < (CASE WHEN n % 10 < 4 THEN 90 ELSE 8 END) THEN 'POSITIVE' ELSE 'NEGATIVE' END
					FROM generate_series(1, :count) AS n""")
			.param("count", count)
			.update();
		this.jdbc.sql("""
				INSERT INTO sample_strips (sample_code, strip, result)
				SELECT 'B' || upper(lpad(to_hex(n), 7, '0')), 'BENZODIAZEPINE',
				       CASE WHEN n * 17 % 100 < 9 THEN 'POSITIVE' ELSE 'NEGATIVE' END
				FROM generate_series(1, :count) AS n WHERE n % 3 = 0""").param("count", count).update();
		this.jdbc.sql("ANALYZE samples").update();
		this.jdbc.sql("ANALYZE sample_strips").update();
	}

	private boolean get(HttpClient http, String path) throws Exception {
		HttpResponse<byte[]> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return response.statusCode() == 200 && response.body().length > 0;
	}

	/**
	 * A memory figure of the process from {@code /proc/<pid>/status}, such as
	 * {@code VmRSS:} or {@code VmHWM:}.
	 */
	private static double memoryMiB(long pid, String field) throws Exception {
		return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
			.stream()
			.filter((line) -> line.startsWith(field))
			.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(0) / 1024.0;
	}

	private static Result run(Duration duration, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		Map<String, List<Double>> byPath = new ConcurrentHashMap<>();
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failed = new AtomicLong();
		AtomicLong counter = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				do {
					int i = (int) counter.getAndIncrement();
					long before = System.nanoTime();
					try {
						if (!attempt.once(i)) {
							failed.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
					double millis = (System.nanoTime() - before) / 1_000_000.0;
					latencies.add(millis);
					byPath
						.computeIfAbsent(PATHS.get(i % PATHS.size()),
								(p) -> Collections.synchronizedList(new ArrayList<>()))
						.add(millis);
				}
				while (System.nanoTime() < end);
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		return new Result(latencies, byPath, (System.nanoTime() - start) / 1e9, failed.get());
	}

	@FunctionalInterface
	interface Attempt {

		boolean once(int i) throws Exception;

	}

	record Result(List<Double> latencies, Map<String, List<Double>> byPath, double seconds, long failed) {

		double perSecond() {
			return (this.latencies.size() - this.failed) / this.seconds;
		}

		double percentile(int percent) {
			return percentile(this.latencies, percent);
		}

		double percentile(int percent, String path) {
			return percentile(this.byPath.getOrDefault(path, List.of(0.0)), percent);
		}

		static double percentile(List<Double> values, int percent) {
			List<Double> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
		}

	}

}
