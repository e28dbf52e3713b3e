package org.satellite.messaging;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phone numbers no other test uses, so that tests sharing the SMS centre never see each
 * other's messages.
 */
public final class TestPhones {

	private static final AtomicInteger next = new AtomicInteger(
			2_000_000 + (int) (Math.abs(System.nanoTime()) % 3_000_000));

	private TestPhones() {
	}

	/** A new North American number in E.164 form. */
	public static String next() {
		return "+1438" + next.incrementAndGet();
	}

}
