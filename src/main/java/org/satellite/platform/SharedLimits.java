package org.satellite.platform;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits shared by every node of a deployment: a token bucket per limit and key,
 * kept in PostgreSQL (table {@code shared_limits}) by Bucket4j, so that one node or three
 * allow the same rate (decision 0060).
 *
 * <p>
 * A caller names its limit with a {@link RateLimit} and says whose bucket it is with a
 * key: a keyed hash of a public client's address (never the address itself: privacy
 * rules), an account, or a constant for a deployment-wide rate such as the SMS
 * contract's. It takes tokens with {@link #tryConsume(RateLimit, String, long)}, which
 * answers whether they were taken and, when not, how long to wait before that many will
 * be there; or it only asks with {@link #isOpen(RateLimit, String)}. Each call is one
 * short transaction of its own on a connection of its own ({@code SELECT ... FOR UPDATE}
 * on the bucket's row), outside the caller's transaction: a refusal or a rollback of the
 * caller does not give tokens back. Concurrent calls for one key from any node wait for
 * each other, so the bucket is never overdrawn; calls for different keys do not meet.
 *
 * <p>
 * Time is each node's clock (kept in step by NTP); a difference of a few milliseconds
 * between nodes moves the refill by as much. A bucket's row expires once the bucket would
 * be full again (it then says nothing a new bucket would not) and is deleted within a
 * minute after: a public client's hashed address is kept only for its limit's window. The
 * deletion is one {@code DELETE ... SKIP LOCKED} statement, safe on every node at once.
 */
@Component
public class SharedLimits {

	private static final int EXPIRED_PER_BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcClient jdbc;

	@Autowired
	SharedLimits(DataSource dataSource) {
		this(dataSource, null);
	}

	/**
	 * With a clock of the test's making for the buckets' tokens ({@code null} for each
	 * node's own clock). A row's expiry is always in the node's own clock: Bucket4j
	 * writes and deletes it so.
	 */
	SharedLimits(DataSource dataSource, TimeMeter clock) {
		var builder = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("shared_limits")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO));
		if (clock != null) {
			builder.clientClock(clock);
		}
		this.buckets = builder.build();
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Takes {@code tokens} from the key's bucket if it holds that many; otherwise takes
	 * nothing and says how long until it will (for a number above the limit's capacity,
	 * never: {@link Consumption#retryAfter()} is then the time until the bucket is full).
	 */
	public Consumption tryConsume(RateLimit limit, String key, long tokens) {
		ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(tokens);
		long waitNanos = probe.isConsumed() ? 0
				: Math.min(probe.getNanosToWaitForRefill(), probe.getNanosToWaitForReset());
		return new Consumption(probe.isConsumed(), probe.getRemainingTokens(), Duration.ofNanos(waitNanos));
	}

	/** Takes one token if there is one. */
	public boolean tryConsume(RateLimit limit, String key) {
		return tryConsume(limit, key, 1).allowed();
	}

	/** Whether the key's bucket holds at least one token now; takes nothing. */
	public boolean isOpen(RateLimit limit, String key) {
		return bucket(limit, key).getAvailableTokens() >= 1;
	}

	/**
	 * Forgets one key's bucket, as if its window had passed: after a successful login,
	 * for example.
	 */
	public void forget(RateLimit limit, String key) {
		this.buckets.removeProxy(limit.bucketId(checked(key)));
	}

	/** Forgets every bucket of a limit, on every node; answers how many there were. */
	public int forgetAll(RateLimit limit) {
		return this.jdbc.sql("DELETE FROM shared_limits WHERE starts_with(id, :prefix)")
			.param("prefix", limit.prefix())
			.update();
	}

	/**
	 * Deletes the buckets that are full again, every minute on every node (see the class
	 * comment).
	 */
	@Scheduled(fixedDelayString = "${satellite.shared-limits.cleanup-interval:1m}", initialDelayString = "1m")
	void forgetExpired() {
		while (this.buckets.removeExpired(EXPIRED_PER_BATCH) == EXPIRED_PER_BATCH) {
			// deleted a whole batch: there may be more
		}
	}

	private BucketProxy bucket(RateLimit limit, String key) {
		BucketConfiguration shape = BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.tokens(), limit.period()))
			.build();
		return this.buckets.getProxy(limit.bucketId(checked(key)), () -> shape);
	}

	private static String checked(String key) {
		if (key == null || key.isEmpty() || key.length() > 200) {
			throw new IllegalArgumentException("A limit's key is 1 to 200 characters");
		}
		return key;
	}

	/**
	 * What a {@link SharedLimits#tryConsume(RateLimit, String, long)} did.
	 *
	 * @param allowed whether the tokens were taken
	 * @param remaining the tokens left in the bucket
	 * @param retryAfter when refused, how long until the bucket holds the tokens asked
	 * for (zero when allowed)
	 */
	public record Consumption(boolean allowed, long remaining, Duration retryAfter) {
	}

}
