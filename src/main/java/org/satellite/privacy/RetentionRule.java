package org.satellite.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.function.ToIntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kind of record a module keeps only for a limited time, and how to delete what is
 * older. Modules declare their rules as beans; {@link Retention} applies every rule on a
 * schedule, with the limit the program configured
 * ({@code satellite.retention.limits.<kind>}) or the rule's default.
 *
 * <p>
 * A rule deletes what is no longer needed: whole records, or the free text of a record
 * whose counts the program's figures still use. What is not kept cannot be seized. It
 * runs in its own transaction, so it must be safe to run again and on two nodes at once
 * (a plain {@code DELETE ... WHERE ... < cutoff} is).
 */
public interface RetentionRule {

	/**
	 * A short, stable name ({@code community-reports}): the key of its configured limit,
	 * and of its label, the message {@code retention.<kind>} in the owning module's
	 * bundle.
	 */
	String kind();

	/** How long records of this kind are kept when the program has not said otherwise. */
	Period defaultLimit();

	/**
	 * Deletes what is older than {@code cutoff}, by the moment that starts the clock of
	 * this kind (the rule's javadoc says which); returns how many records it deleted or
	 * emptied.
	 */
	int purgeBefore(Instant cutoff);

	/**
	 * A rule that is one SQL statement, which names the cutoff {@code :cutoff} and
	 * answers how many rows it deleted or emptied; most rules are.
	 */
	static RetentionRule statement(String kind, Period defaultLimit, JdbcClient jdbc, String sql) {
		return of(kind, defaultLimit, (cutoff) -> jdbc.sql(sql).param("cutoff", Timestamp.from(cutoff)).update());
	}

	/**
	 * A rule from its parts, for a module's {@code @Bean} method, when one statement is
	 * not enough.
	 */
	static RetentionRule of(String kind, Period defaultLimit, ToIntFunction<Instant> purgeBefore) {
		record Rule(String kind, Period defaultLimit, ToIntFunction<Instant> purge) implements RetentionRule {

			@Override
			public int purgeBefore(Instant cutoff) {
				return this.purge.applyAsInt(cutoff);
			}

		}
		return new Rule(kind, defaultLimit, purgeBefore);
	}

}
