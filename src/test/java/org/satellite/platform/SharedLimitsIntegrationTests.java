package org.satellite.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@link SharedLimits} on one PostgreSQL stand for two nodes: together they allow
 * what one allows, and a client's bucket is gone from the table once its window has
 * passed.
 */
class SharedLimitsIntegrationTests {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	final AtomicLong nanos = new AtomicLong(Duration.ofDays(20_000).toNanos());

	final TimeMeter clock = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return SharedLimitsIntegrationTests.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	};

	SharedLimits nodeA;

	SharedLimits nodeB;

	@BeforeAll
	static void database() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.locations("classpath:db/migration/platform")
			.load()
			.migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@BeforeEach
	void nodes() {
		jdbc.sql("DELETE FROM shared_limits").update();
		this.nodeA = new SharedLimits(postgres.getPostgresDatabase(), this.clock);
		this.nodeB = new SharedLimits(postgres.getPostgresDatabase(), this.clock);
	}

	@Test
	void twoNodesTogetherAllowWhatOneAllows() {
		RateLimit reports = RateLimit.of("community-report", 10, Duration.ofHours(1));
		int allowed = 0;
		for (int i = 0; i < 20; i++) {
			SharedLimits node = (i % 2 == 0) ? this.nodeA : this.nodeB;
			if (node.tryConsume(reports, "client-1")) {
				allowed++;
			}
		}

		assertThat(allowed).isEqualTo(10);
		assertThat(this.nodeA.isOpen(reports, "client-1")).isFalse();
		assertThat(this.nodeB.isOpen(reports, "client-2")).isTrue();
	}

	@Test
	void aRefusalSaysHowLongToWaitAndTheTokensComeBackThen() {
		RateLimit sms = RateLimit.of("sms.send", 10, Duration.ofSeconds(1));
		assertThat(this.nodeA.tryConsume(sms, "deployment", 10).allowed()).isTrue();

		SharedLimits.Consumption refused = this.nodeB.tryConsume(sms, "deployment", 4);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isZero();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(400));

		this.nanos.addAndGet(Duration.ofMillis(399).toNanos());
		assertThat(this.nodeA.tryConsume(sms, "deployment", 4).allowed()).isFalse();
		this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		SharedLimits.Consumption later = this.nodeA.tryConsume(sms, "deployment", 4);
		assertThat(later.allowed()).isTrue();
		assertThat(later.retryAfter()).isZero();
	}

	@Test
	void concurrentCallsFromTwoNodesNeverOverdrawABucket() throws Exception {
		RateLimit limit = RateLimit.of("sms.send", 100, Duration.ofHours(1));
		AtomicLong taken = new AtomicLong();
		Thread[] threads = new Thread[8];
		for (int t = 0; t < threads.length; t++) {
			SharedLimits node = (t % 2 == 0) ? this.nodeA : this.nodeB;
			threads[t] = Thread.ofPlatform().start(() -> {
				for (int i = 0; i < 30; i++) {
					if (node.tryConsume(limit, "deployment")) {
						taken.incrementAndGet();
					}
				}
			});
		}
		for (Thread thread : threads) {
			thread.join();
		}

		assertThat(taken.get()).isEqualTo(100);
	}

	@Test
	void aBucketIsDeletedOnceItsWindowHasPassed() {
		// Bucket4j writes a row's expiry in the node's own clock, so this waits for real:
		// half a second.
		SharedLimits node = new SharedLimits(postgres.getPostgresDatabase());
		node.tryConsume(RateLimit.of("result-lookup.wrong-code", 30, Duration.ofMinutes(1)), "a-client", 3);
		node.tryConsume(RateLimit.of("login", 2, Duration.ofSeconds(1)), "another-client");
		node.forgetExpired();
		assertThat(rows()).as("nothing is full again yet").isEqualTo(2);

		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			node.forgetExpired();
			assertThat(rows()).isEqualTo(1);
		});
		assertThat(jdbc.sql("SELECT id FROM shared_limits").query(String.class).single())
			.as("three wrong codes take six seconds to come back")
			.startsWith("result-lookup.wrong-code/");
	}

	@Test
	void forgettingALimitLeavesTheOthers() {
		RateLimit subscribe = RateLimit.of("subscribe", 1, Duration.ofHours(1));
		RateLimit report = RateLimit.of("report", 1, Duration.ofHours(1));
		this.nodeA.tryConsume(subscribe, "c");
		this.nodeA.tryConsume(report, "c");

		assertThat(this.nodeB.forgetAll(subscribe)).isEqualTo(1);
		assertThat(this.nodeA.isOpen(subscribe, "c")).isTrue();
		assertThat(this.nodeA.isOpen(report, "c")).isFalse();
	}

	@Test
	void changingALimitsNumbersStartsAFreshBucket() {
		RateLimit old = RateLimit.of("sms.send", 1, Duration.ofSeconds(1));
		this.nodeA.tryConsume(old, "deployment");
		assertThat(this.nodeA.isOpen(old, "deployment")).isFalse();

		assertThat(this.nodeA.isOpen(RateLimit.of("sms.send", 2, Duration.ofSeconds(1)), "deployment")).isTrue();
	}

	static long rows() {
		return jdbc.sql("SELECT count(*) FROM shared_limits").query(Long.class).single();
	}

}
