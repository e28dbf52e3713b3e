package org.satellite.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.satellite.platform.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals again, with the active key, every value still sealed with an older configured
 * key: the step of a key rotation after which the old key can be removed (operations
 * guide, "Keys and their rotation"). Every module declares the columns where it keeps
 * sealed values ({@link SealedColumn} beans); this job walks each of them in batches of
 * {@value #BATCH}, each batch one transaction, so a crash loses at most a batch of work
 * and the next run goes on. Rows are locked with {@code SKIP LOCKED}, and a value is
 * replaced only if nobody changed it meanwhile, so two nodes, and the modules' own
 * writes, can run beside it.
 *
 * <p>
 * A value sealed with a key that is no longer configured cannot be read, and is left as
 * it is and counted; so is a value that does not open (damaged, or declared with the
 * wrong purpose). Neither is ever logged.
 */
@Service
public class Resealing {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);

	private final List<SealedColumn> columns;

	private final FieldCipher cipher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	@Autowired
	Resealing(ObjectProvider<SealedColumn> columns, FieldCipher cipher, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this(columns.orderedStream().toList(), cipher, jdbc, transactions, events);
	}

	/**
	 * A job over the given columns with the given keys; for tests, which rotate keys on a
	 * table of their own.
	 */
	public Resealing(List<SealedColumn> columns, FieldCipher cipher, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.columns = columns.stream().sorted(Comparator.comparing(SealedColumn::name)).toList();
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
	}

	@SchedulerLock(name = "privacy-reseal", lockAtMostFor = "PT1H")
	@Scheduled(fixedDelayString = "${satellite.privacy.reseal-interval:6h}",
			initialDelayString = "${satellite.privacy.reseal-initial-delay:3m}")
	void scheduled() {
		sealAgainAll();
	}

	/**
	 * Seals every value of an older configured key again with the active key, column by
	 * column; a column that fails is logged and the others still run.
	 * @return per column name, what was done
	 */
	public Map<String, Outcome> sealAgainAll() {
		Map<String, Outcome> outcomes = new TreeMap<>();
		List<String> older = new ArrayList<>(new TreeSet<>(this.cipher.keyIds()));
		older.remove(this.cipher.activeKeyId());
		for (SealedColumn column : this.columns) {
			if (older.isEmpty()) {
				outcomes.put(column.name(), new Outcome(0, 0));
				continue;
			}
			try {
				outcomes.put(column.name(), sealAgain(column, older));
			}
			catch (RuntimeException ex) {
				log.error("Sealing the values of '{}' again failed; it is tried again at the next run", column.name(),
						ex);
			}
		}
		return outcomes;
	}

	/**
	 * How many values each key has sealed, over every declared column, with whether the
	 * key is configured and active: a key can be removed once it has sealed nothing.
	 */
	public List<KeyUse> keyUse() {
		Map<String, Long> counts = new TreeMap<>();
		for (String key : this.cipher.keyIds()) {
			counts.put(key, 0L);
		}
		for (SealedColumn column : this.columns) {
			this.jdbc
				.sql("SELECT split_part(" + column.column() + ", ':', 1), count(*) FROM " + column.table() + " WHERE "
						+ column.column() + " IS NOT NULL GROUP BY 1")
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.forEach((entry) -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
		}
		return counts.entrySet()
			.stream()
			.map((entry) -> new KeyUse(entry.getKey(), this.cipher.keyIds().contains(entry.getKey()),
					entry.getKey().equals(this.cipher.activeKeyId()), entry.getValue()))
			.sorted(Comparator.comparing(KeyUse::active).reversed().thenComparing(KeyUse::keyId))
			.toList();
	}

	private Outcome sealAgain(SealedColumn column, List<String> older) {
		int resealed = 0;
		int unreadable = 0;
		Object after = null;
		while (true) {
			Object from = after;
			Batch batch = this.transactions.execute((status) -> batch(column, older, from));
			resealed += batch.resealed();
			unreadable += batch.unreadable();
			if (batch.rows() < BATCH) {
				break;
			}
			after = batch.lastId();
		}
		if (resealed > 0) {
			int count = resealed;
			this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new Audited("privacy.resealed",
					column.name(), count + " value(s) sealed again with key " + this.cipher.activeKeyId())));
			log.info("Sealed {} value(s) of '{}' again with key '{}'", resealed, column.name(),
					this.cipher.activeKeyId());
		}
		if (unreadable > 0) {
			log.warn("{} value(s) of '{}' sealed with an older key could not be opened and were left as they are",
					unreadable, column.name());
		}
		return new Outcome(resealed, unreadable);
	}

	private Batch batch(SealedColumn column, List<String> older, Object after) {
		List<Row> rows = this.jdbc
			.sql("SELECT " + column.idColumn() + ", " + column.column() + ", " + column.purposeSql() + " FROM "
					+ column.table() + " WHERE split_part(" + column.column() + ", ':', 1) IN (:older)"
					+ ((after != null) ? " AND " + column.idColumn() + " > :after" : "") + " ORDER BY "
					+ column.idColumn() + " LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
			.param("older", older)
			.param("after", after)
			.query((rs, row) -> new Row(rs.getObject(1), rs.getString(2), rs.getString(3)))
			.list();
		int resealed = 0;
		int unreadable = 0;
		for (Row row : rows) {
			String again;
			try {
				again = this.cipher
					.seal(row.purpose(), this.cipher.open(row.purpose(), Sealed.fromStored(row.stored())))
					.stored();
			}
			catch (RuntimeException ex) {
				unreadable++;
				continue;
			}
			resealed += this.jdbc
				.sql("UPDATE " + column.table() + " SET " + column.column() + " = :again WHERE " + column.idColumn()
						+ " = :id AND " + column.column() + " = :stored")
				.param("again", again)
				.param("id", row.id())
				.param("stored", row.stored())
				.update();
		}
		return new Batch(rows.size(), resealed, unreadable, rows.isEmpty() ? after : rows.get(rows.size() - 1).id());
	}

	/** What one run did to one column. */
	public record Outcome(int resealed, int unreadable) {
	}

	/**
	 * How many stored values one key sealed.
	 *
	 * @param configured whether the key is in the configuration (values of a key that is
	 * not cannot be read)
	 */
	public record KeyUse(String keyId, boolean configured, boolean active, long values) {
	}

	private record Row(Object id, String stored, String purpose) {
	}

	private record Batch(int rows, int resealed, int unreadable, Object lastId) {
	}

}
