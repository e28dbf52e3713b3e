package org.satellite.checking.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultLookupLimitTests {

	MovableClock clock = new MovableClock();

	ResultLookupLimit limit = new ResultLookupLimit(this.clock);

	@Test
	void closesAfterThirtyWrongCodesInARow() {
		for (int i = 0; i < ResultLookupLimit.CAPACITY; i++) {
			assertThat(this.limit.open()).isTrue();
			this.limit.wrongCode();
		}

		assertThat(this.limit.open()).isFalse();
	}

	@Test
	void opensAgainOneCodeEveryTwoSeconds() {
		for (int i = 0; i < ResultLookupLimit.CAPACITY; i++) {
			this.limit.wrongCode();
		}

		this.clock.advance(Duration.ofMillis(1999));
		assertThat(this.limit.open()).isFalse();
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.limit.open()).isTrue();
		this.limit.wrongCode();
		assertThat(this.limit.open()).isFalse();
	}

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
