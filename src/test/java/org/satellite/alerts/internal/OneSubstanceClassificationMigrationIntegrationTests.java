package org.satellite.alerts.internal;

import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satellite.alerts.internal.Subscribers.Subscriber;
import org.satellite.checking.SubstanceClass;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation that stored the classes alerts once had of its own
 * ({@code CUT_OR_DILUENT}) upgrades to drug checking's classification (decision 0076):
 * every subscriber keeps the classes they chose and every alert the classes it was issued
 * with, and both read back as checking's classes.
 */
class OneSubstanceClassificationMigrationIntegrationTests {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	@BeforeAll
	static void databaseAsBeforeTheUpgrade() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		migrateTo("7.6");
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		jdbc.sql(
				"""
						INSERT INTO subscribers (id, channel, contact_sealed, contact_hash, language, minimum_severity, all_zones,
						    zones, all_classes, classes, confirmed_at)
						VALUES (1, 'SMS', 'sealed-1', 'hash-1', 'fr', 2, FALSE, '{DT}', FALSE, '{OPIOID,CUT_OR_DILUENT}', now()),
						       (2, 'EMAIL', 'sealed-2', 'hash-2', 'en', 1, TRUE, '{}', FALSE, '{STIMULANT}', now()),
						       (3, 'EMAIL', 'sealed-3', 'hash-3', 'en', 1, TRUE, '{}', TRUE, '{}', NULL)""")
			.update();
		jdbc.sql(
				"""
						INSERT INTO alerts (id, status, severity, zones, substances, classes, headline_en, headline_fr, body_en,
						    body_fr, instruction_en, instruction_fr, sms_en, sms_fr, effective_from, expires_at, drafted_by)
						VALUES ('00000000-0000-0000-0000-000000000001', 'ISSUED', 'WARNING', '{DT}', '{Levamisole}',
						    '{CUT_OR_DILUENT}', 'Levamisole in cocaine', 'Lévamisole dans la cocaïne', 'Body', 'Corps', 'Go slow',
						    'Allez-y doucement', 'Drug alert', 'Alerte', now(), now() + interval '7 days', 'coordinator')""")
			.update();
		migrateTo("7.7");
	}

	/**
	 * Only the modules whose tables these migrations touch, up to the version under test.
	 */
	static void migrateTo(String version) {
		Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.locations("classpath:db/migration/platform", "classpath:db/migration/alerts")
			.outOfOrder(true)
			.target(version)
			.load()
			.migrate();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void subscribersKeepTheClassesTheyChoseUnderCheckingsNames() {
		List<Subscriber> subscribers = jdbc
			.sql("SELECT *, confirmed_at IS NOT NULL AS confirmed FROM subscribers ORDER BY id")
			.query(Subscribers::map)
			.list();

		assertThat(subscribers).extracting(Subscriber::classes)
			.containsExactly(List.of(SubstanceClass.OPIOID, SubstanceClass.CUT), List.of(SubstanceClass.STIMULANT),
					List.of());
		assertThat(subscribers).extracting(Subscriber::allClasses).containsExactly(false, false, true);
		assertThat(subscribers.get(0).zones()).containsExactly("DT");
		assertThat(subscribers.get(0).language().getLanguage()).isEqualTo("fr");
	}

	@Test
	void alertsKeepTheClassesTheyWereIssuedWith() {
		Alert alert = jdbc.sql("SELECT * FROM alerts").query(Alerts::map).single();

		assertThat(alert.classes()).containsExactly(SubstanceClass.CUT);
		assertThat(alert.substances()).containsExactly("Levamisole");
	}

}
