package org.satellite.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.satellite.api.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Distributions posted over HTTP by 8 concurrent clients, the way peer workers' phones
 * and partner systems send them: bearer token, JSON body, Idempotency-Key, the full path
 * through security, validation, the idempotency claim, the ledger and the response.
 * Targets (DESIGN.md): at least 1,500 a second, p99 at most 50 ms, and at least half the
 * throughput of the <strong>baseline</strong>: plain JDBC inserts of the same rows (the
 * idempotency claim, the distribution and its two ledger lines, one transaction each) by
 * 8 threads into the same database, measured in the same run right after.
 *
 * <p>
 * Duration per phase: {@code -Dbench.seconds} (default 30), after a warm-up of
 * {@code -Dbench.warmup-seconds} (default 30) of the same requests, so that the
 * application is measured once the JIT has compiled it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DistributionIngestBenchmark {

	static final int CLIENTS = 8;

	static final String BODY = "{\"site\":\"SAT-01\",\"items\":{\"NDL-1\":10,\"KIT-INH\":1},\"alsoFor\":1}";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void ingestsDistributionsOverHttp() throws Exception {
		Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
		String token = TestTokens.issue(this.port, "peer", "satellite-demo");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		// On two cores the JIT compilers take half a core for tens of seconds: measure a
		// warmed application.
		run(Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30)), () -> post(http, token));
		Result api = run(phase, () -> post(http, token));
		Result jdbc = run(phase, this::insertDirectly);

		BenchmarkReport.named("DistributionIngestBenchmark")
			.context("clients", CLIENTS)
			.context("seconds_per_phase", phase.toSeconds())
			.context("processors", Runtime.getRuntime().availableProcessors())
			.baseline("jdbc_inserts_per_second", Samples.of("1/s", List.of(jdbc.perSecond())))
			.figure("http_distributions_per_second", api.perSecond(), "1/s")
			.figure("http_p50", api.percentile(50), "ms")
			.figure("http_p99", api.percentile(99), "ms")
			.figure("http_failed", api.failed(), "requests")
			.figure("http_over_jdbc", api.perSecond() / jdbc.perSecond(), "x")
			.atLeast("http_distributions_per_second", 1500)
			.atMost("http_p99", 50)
			.atLeast("http_over_jdbc", 0.5)
			.atMost("http_failed", 0)
			.publish()
			.assertTargetsMet();
	}

	private boolean post(HttpClient http, String token) throws Exception {
		HttpResponse<Void> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/distributions"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(BODY))
				.build(), HttpResponse.BodyHandlers.discarding());
		return response.statusCode() == 201;
	}

	private boolean insertDirectly() throws Exception {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement claim = connection.prepareStatement(
					"INSERT INTO idempotency_keys (scope, key, fingerprint, entry_id) VALUES ('distribution', ?, 'x', ?)");
					PreparedStatement encounter = connection.prepareStatement(
							"INSERT INTO distributions (id, site_code, occurred_at, also_for, recorded_by) VALUES (?, 'SAT-01', ?, 1, 'bench')");
					PreparedStatement line = connection.prepareStatement(
							"""
									INSERT INTO stock_movements (entry_id, occurred_at, location, item_code, quantity, kind, recorded_by)
									VALUES (?, ?, 'SAT-01', ?, ?, 'DISTRIBUTED', 'bench')""")) {
				claim.setString(1, UUID.randomUUID().toString());
				claim.setObject(2, id);
				claim.executeUpdate();
				encounter.setObject(1, id);
				encounter.setTimestamp(2, now);
				encounter.executeUpdate();
				for (Object[] item : new Object[][] { { "NDL-1", -10 }, { "KIT-INH", -1 } }) {
					line.setObject(1, id);
					line.setTimestamp(2, now);
					line.setString(3, (String) item[0]);
					line.setInt(4, (Integer) item[1]);
					line.executeUpdate();
				}
			}
			connection.commit();
		}
		return true;
	}

	private static Result run(Duration duration, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failed = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Future<?>> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(pool.submit(() -> {
				List<Double> mine = new ArrayList<>();
				while (System.nanoTime() < end) {
					long before = System.nanoTime();
					try {
						if (!attempt.once()) {
							failed.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
					mine.add((System.nanoTime() - before) / 1_000_000.0);
				}
				latencies.addAll(mine);
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(latencies, seconds, failed.get());
	}

	@FunctionalInterface
	interface Attempt {

		boolean once() throws Exception;

	}

	record Result(List<Double> latencies, double seconds, long failed) {

		double perSecond() {
			return (this.latencies.size() - this.failed) / this.seconds;
		}

		double percentile(int percent) {
			List<Double> sorted = new ArrayList<>(this.latencies);
			Collections.sort(sorted);
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
		}

	}

}
