package org.satellite.messaging.internal.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment's send rate on PostgreSQL: two nodes (two {@link SendRate}s on one
 * database, eight sending threads each) together take no more slots in any second than
 * the contract allows, and nearly all of them.
 */
@SpringBootTest
@ActiveProfiles("test")
class SendRateIntegrationTests {

	static final int RATE = 50;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoNodesTogetherNeverSendFasterThanTheContract() throws Exception {
		List<SendRate> nodes = List.of(new SendRate(this.jdbc, RATE), new SendRate(this.jdbc, RATE));
		ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
		long until = System.nanoTime() + 4_000_000_000L;
		ExecutorService threads = Executors.newFixedThreadPool(16);
		List<Future<?>> running = new ArrayList<>();
		for (SendRate node : nodes) {
			for (int t = 0; t < 8; t++) {
				running.add(threads.submit(() -> {
					while (System.nanoTime() < until) {
						node.acquire();
						taken.add(System.nanoTime());
					}
					return null;
				}));
			}
		}
		for (Future<?> thread : running) {
			thread.get();
		}
		threads.shutdown();

		List<Long> times = taken.stream().sorted().toList();
		int most = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			while (times.get(last) - times.get(first) >= 1_000_000_000L) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		double span = (times.get(times.size() - 1) - times.get(0)) / 1e9;
		assertThat(most).as("slots taken in the busiest second by both nodes").isLessThanOrEqualTo(RATE);
		// Only that the nodes were sending at all: how close to the contract they come is
		// AlertFanOutBenchmark's to
		// measure (a busy machine wakes threads late and their slots go unused).
		assertThat((times.size() - 1) / span).as("slots a second over the run").isGreaterThanOrEqualTo(RATE * 0.5);
	}

	@Test
	void aPauseStopsEveryNode() throws Exception {
		SendRate one = new SendRate(this.jdbc, RATE);
		SendRate other = new SendRate(this.jdbc, RATE);
		one.acquire();
		long start = System.nanoTime();
		one.pause(Duration.ofMillis(500));
		other.acquire();
		assertThat((System.nanoTime() - start) / 1e6).as("ms the other node waited").isGreaterThanOrEqualTo(400);
	}

}
