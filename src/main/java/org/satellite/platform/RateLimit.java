package org.satellite.platform;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The shape of a limit kept by {@link SharedLimits}: a bucket that holds at most
 * {@code capacity} tokens and gains {@code tokens} every {@code period}, spread evenly
 * over the period (one token every {@code period / tokens}). A new key starts with a full
 * bucket.
 *
 * <p>
 * The name says what is limited ({@code result-lookup.wrong-code}, {@code sms.send}); it
 * is part of the stored bucket's id together with the shape, so changing a limit's
 * numbers starts new buckets rather than mixing two shapes.
 *
 * @param name what is limited: lower-case letters, digits, dots and dashes
 * @param capacity the most tokens a bucket holds: the burst allowed after a quiet time
 * @param tokens how many tokens come back every period
 * @param period the period over which {@code tokens} come back
 */
public record RateLimit(String name, long capacity, long tokens, Duration period) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,59}");

	public RateLimit {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"A limit's name is lower-case letters, digits, dots and dashes: " + name);
		}
		if (capacity < 1 || tokens < 1 || period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A limit needs a capacity, tokens and a period above zero");
		}
	}

	/**
	 * {@code perPeriod} at once after a quiet time, and {@code perPeriod} every
	 * {@code period} on average.
	 */
	public static RateLimit of(String name, long perPeriod, Duration period) {
		return new RateLimit(name, perPeriod, perPeriod, period);
	}

	/** The same rate, with another burst size. */
	public RateLimit withCapacity(long capacity) {
		return new RateLimit(this.name, capacity, this.tokens, this.period);
	}

	/**
	 * The stored id of this limit's bucket for a key; the shape is in it (see the class
	 * comment).
	 */
	String bucketId(String key) {
		return prefix() + key;
	}

	/** What every bucket id of this limit starts with. */
	String prefix() {
		return this.name + "/" + this.capacity + "/" + this.tokens + "/" + this.period.toMillis() + ":";
	}

}
