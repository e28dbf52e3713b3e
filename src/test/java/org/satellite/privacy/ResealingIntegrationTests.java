package org.satellite.privacy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.Severity;
import org.satellite.alerts.internal.Subscriptions;
import org.satellite.messaging.TestPhones;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating an encryption key to the end: after the new key is made active, the job seals
 * every value of the old key again, in batches, so the old key can be removed; values it
 * cannot open stay as they are. And every column where a module keeps sealed values is
 * declared, with the purpose the module seals it for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResealingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	FieldCipher cipher;

	@Autowired
	List<SealedColumn> declared;

	@Autowired
	Resealing resealing;

	@Autowired
	Subscriptions subscriptions;

	final SecureRandom random = new SecureRandom();

	@Test
	void afterARotationEveryValueOfTheOldKeyIsSealedAgainWithTheNewOneAndTheOldKeyCanGo() {
		String table = "rotation_trial_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("CREATE TABLE " + table + " (id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, value_sealed TEXT)")
			.update();
		try {
			SecretKey first = key();
			SecretKey second = key();
			FieldCipher before = new FieldCipher(Map.of("k1", first), "k1");
			FieldCipher during = new FieldCipher(Map.of("k1", first, "k2", second), "k2");
			FieldCipher after = new FieldCipher(Map.of("k2", second), "k2");
			Map<Long, String> plain = new LinkedHashMap<>();
			for (int i = 0; i < 2 * Resealing.BATCH + 50; i++) {
				String kind = (i % 3 == 0) ? "email" : "phone";
				String value = kind + "-" + i + "@example.org";
				plain.put(insert(table, kind, before.seal("trial." + kind, value).stored()), value);
			}
			insert(table, "phone", null);
			long damaged = insert(table, "phone", before.seal("another.purpose", "+14165550199").stored());
			long lost = insert(table, "phone",
					new FieldCipher(Map.of("k0", key()), "k0").seal("trial.phone", "x").stored());
			Resealing job = new Resealing(
					List.of(new SealedColumn("trial", table, "id", "value_sealed", "'trial.' || kind")), during,
					this.jdbc, this.transactions, this.events);

			assertThat(job.keyUse()).containsExactly(new Resealing.KeyUse("k2", true, true, 0),
					new Resealing.KeyUse("k0", false, false, 1),
					new Resealing.KeyUse("k1", true, false, plain.size() + 1));

			assertThat(job.sealAgainAll()).containsEntry("trial", new Resealing.Outcome(plain.size(), 1));

			assertThat(job.keyUse()).containsExactly(new Resealing.KeyUse("k2", true, true, plain.size()),
					new Resealing.KeyUse("k0", false, false, 1), new Resealing.KeyUse("k1", true, false, 1));
			plain.forEach((id, value) -> {
				String stored = stored(table, id);
				assertThat(stored).startsWith("k2:");
				String kind = value.startsWith("email") ? "email" : "phone";
				assertThat(after.open("trial." + kind, Sealed.fromStored(stored))).as("opens without the old key")
					.isEqualTo(value);
			});
			assertThat(stored(table, damaged)).as("a value that does not open is left as it was").startsWith("k1:");
			assertThat(stored(table, lost)).startsWith("k0:");
			assertThat(this.jdbc
				.sql("SELECT detail FROM audit_events WHERE action = 'privacy.resealed' AND subject = 'trial'")
				.query(String.class)
				.list()).containsExactly(plain.size() + " value(s) sealed again with key k2");

			assertThat(job.sealAgainAll()).as("a second run has nothing left to do")
				.containsEntry("trial", new Resealing.Outcome(0, 1));
		}
		finally {
			this.jdbc.sql("DROP TABLE " + table).update();
		}
	}

	@Test
	void everyColumnWhereAModuleKeepsSealedValuesIsDeclaredWithThePurposeItSealsFor() {
		Set<String> sealedColumns = new TreeSet<>(this.jdbc.sql("""
				SELECT table_name || '.' || column_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND column_name LIKE '%\\_sealed'""").query(String.class).list());
		// The email outbox's one column of addresses predates the naming rule.
		sealedColumns.add("email_outbox.recipient");
		Set<String> declaredColumns = this.declared.stream()
			.map((column) -> column.table() + "." + column.column())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(declaredColumns).isEqualTo(sealedColumns);

		this.subscriptions.subscribePhone(TestPhones.next(),
				new Subscriptions.Request(List.of("DT"), false, List.of(), Severity.ADVISORY, Locale.FRENCH));
		List<String> checked = new ArrayList<>();
		for (SealedColumn column : this.declared) {
			List<String[]> values = this.jdbc
				.sql("SELECT " + column.column() + ", " + column.purposeSql() + " FROM " + column.table() + " WHERE "
						+ column.column() + " IS NOT NULL LIMIT 50")
				.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
				.list();
			for (String[] value : values) {
				assertThat(this.cipher.open(value[1], Sealed.fromStored(value[0]))).as(column.name()).isNotBlank();
			}
			if (!values.isEmpty()) {
				checked.add(column.name());
			}
		}
		assertThat(checked).as("columns with values to open (the demo data and this test's subscriber)")
			.contains("peer-worker-phones", "service-phones", "subscriber-contacts");
	}

	@Test
	void theKeyCountReadsTheRealColumnsAndShowsTheActiveKeyInUse() {
		assertThat(this.resealing.keyUse()).singleElement().satisfies((use) -> {
			assertThat(use.active()).isTrue();
			assertThat(use.values()).isPositive();
		});
	}

	@Test
	void anAdministratorSeesEachKeyAndWhatItSealedInEnglishAndFrench() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		String page = admin.get("/app/admin/retention").body();
		assertThat(page).contains("Encryption keys", this.cipher.activeKeyId(),
				"Active: new values are sealed with it");

		String french = admin.speaking("fr").get("/app/admin/retention").body();
		assertThat(french).contains("Clés de chiffrement", "Active : les nouvelles valeurs sont scellées avec elle");
		String done = admin.post("/app/admin/retention/reseal", Map.of()).headers().firstValue("Location").orElse("");
		assertThat(done).endsWith("/app/admin/retention");
		assertThat(admin.get("/app/admin/retention").body())
			.contains("0 valeur(s) scellée(s) de nouveau avec la clé active ; 0 n’ont pas pu être ouvertes.");
	}

	long insert(String table, String kind, String stored) {
		return this.jdbc.sql("INSERT INTO " + table + " (kind, value_sealed) VALUES (:kind, :stored) RETURNING id")
			.param("kind", kind)
			.param("stored", stored)
			.query(Long.class)
			.single();
	}

	String stored(String table, long id) {
		return this.jdbc.sql("SELECT value_sealed FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	SecretKey key() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return new SecretKeySpec(bytes, "AES");
	}

}
