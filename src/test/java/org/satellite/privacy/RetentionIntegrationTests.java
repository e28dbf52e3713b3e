package org.satellite.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satellite.platform.ProgramTime;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention limits, enforced: records older than their kind's limit are deleted (or,
 * for visit notes, emptied) by the one purge job, younger ones stay, every purge is in
 * the audit trail, and an administrator sees the limits in English and French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetentionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Retention retention;

	@Autowired
	ProgramTime time;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	void recordsOlderThanTheirLimitAreDeletedAndYoungerOnesStay() {
		Instant now = this.time.now();
		UUID oldReport = report(now.minus(400, ChronoUnit.DAYS));
		UUID newReport = report(now.minus(300, ChronoUnit.DAYS));
		UUID oldSignal = signal(now.minus(100, ChronoUnit.DAYS));
		UUID newSignal = signal(now.minus(80, ChronoUnit.DAYS));
		String oldSms = sms("SENT", now.minus(100, ChronoUnit.DAYS));
		String waitingSms = sms("QUEUED", now.minus(100, ChronoUnit.DAYS));
		String newSms = sms("DELIVERED", now.minus(10, ChronoUnit.DAYS));
		String oldEmail = email(now.minus(95, ChronoUnit.DAYS));
		String newEmail = email(now.minus(5, ChronoUnit.DAYS));
		UUID oldResponse = overdoseResponse(now.minus(3 * 365 + 5, ChronoUnit.DAYS));
		UUID newResponse = overdoseResponse(now.minus(2 * 365, ChronoUnit.DAYS));
		String site = site();
		UUID oldVisit = visit(site, now.minus(2 * 365 + 10, ChronoUnit.DAYS));
		UUID newVisit = visit(site, now.minus(300, ChronoUnit.DAYS));

		int purged = this.retention.purgeAll();

		assertThat(purged).isGreaterThanOrEqualTo(6);
		assertThat(exists("community_reports", "id", oldReport)).isFalse();
		assertThat(exists("community_reports", "id", newReport)).isTrue();
		assertThat(exists("overdose_signals", "id", oldSignal)).isFalse();
		assertThat(exists("overdose_signals", "id", newSignal)).isTrue();
		assertThat(exists("sms_outbox", "key", oldSms)).isFalse();
		assertThat(exists("sms_outbox", "key", waitingSms)).as("a message still waiting is never purged").isTrue();
		assertThat(exists("sms_outbox", "key", newSms)).isTrue();
		assertThat(exists("email_outbox", "key", oldEmail)).isFalse();
		assertThat(exists("email_outbox", "key", newEmail)).isTrue();
		assertThat(exists("overdose_responses", "id", oldResponse)).isFalse();
		assertThat(exists("check_in_requests", "response_id", oldResponse)).isFalse();
		assertThat(exists("overdose_responses", "id", newResponse)).isTrue();
		assertThat(notes(oldVisit)).as("the old visit stays, its notes are emptied").isEmpty();
		assertThat(notes(newVisit)).isEqualTo("Talked about the new naloxone kits.");
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_events WHERE action = 'retention.purged' AND subject = 'community-reports'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.retention.policies()).extracting(Retention.Policy::kind)
			.contains("community-reports", "overdose-signals", "alert-recipients", "sms-outbox", "email-outbox",
					"overdose-responses", "visit-notes");
		assertThat(this.retention.policies()).filteredOn((policy) -> policy.kind().equals("community-reports"))
			.singleElement()
			.satisfies((policy) -> {
				assertThat(policy.limit()).isEqualTo(Period.ofYears(1));
				assertThat(policy.lastRun()).isPresent();
			});

		assertThat(this.retention.purgeAll()).as("a second run finds nothing more of these").isLessThan(purged);
		assertThat(exists("community_reports", "id", newReport)).isTrue();
	}

	@Test
	void anAdministratorSeesTheLimitsInBothLanguagesAndCanPurgeNow() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin", "satellite-demo");
		String english = admin.get("/app/admin/retention").body();
		assertThat(english).contains("How long records are kept", "Community reports (bad batch, overdose)", "1 year",
				"90 days", "3 years", "Notes of site visits");
		assertThat(english).doesNotContain("??");

		String french = admin.speaking("fr").get("/app/admin/retention").body();
		assertThat(french).contains("Combien de temps les données sont gardées",
				"Signalements de la communauté (mauvais lot, surdose)", "1 an", "90 jours", "3 ans");

		report(this.time.now().minus(500, ChronoUnit.DAYS));
		String after = admin.speaking("en")
			.post("/app/admin/retention/purge", Map.of())
			.headers()
			.firstValue("Location")
			.orElse("");
		assertThat(after).endsWith("/app/admin/retention");
		assertThat(admin.get("/app/admin/retention").body())
			.containsPattern("[1-9][0-9]* record\\(s\\) deleted or emptied");

		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		assertThat(peer.get("/app/admin/retention").statusCode()).isEqualTo(403);
		assertThat(peer.post("/app/admin/retention/purge", Map.of()).statusCode()).isEqualTo(403);
	}

	private UUID report(Instant received) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql(
				"INSERT INTO community_reports (id, kind, text, channel, received_at) VALUES (:id, 'BAD_BATCH', 'Green pills, bad.', 'WEB', :at)")
			.param("id", id)
			.param("at", Timestamp.from(received))
			.update();
		return id;
	}

	private UUID signal(Instant occurred) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO overdose_signals (id, zone_code, occurred_at, source) VALUES (:id, 'DT', :at, 'REPORT')")
			.param("id", id)
			.param("at", Timestamp.from(occurred))
			.update();
		return id;
	}

	private String sms(String state, Instant queued) {
		String key = "retention-test:" + UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO sms_outbox (key, to_sealed, to_hash, text, state, queued_at, next_attempt_at)
					VALUES (:key, CASE WHEN :state = 'QUEUED' THEN :sealed END, 'hash', 'Test.', :state, :at, program_now() + interval '1 year')""")
			.param("key", key)
			.param("sealed", this.cipher.seal("sms-outbox.to", "+14165550100").stored())
			.param("state", state)
			.param("at", Timestamp.from(queued))
			.update();
		return key;
	}

	private String email(Instant queued) {
		String key = "retention-test:" + UUID.randomUUID();
		this.jdbc.sql(
				"INSERT INTO email_outbox (key, subject, text_body, state, queued_at) VALUES (:key, 'S', 'B', 'SENT', :at)")
			.param("key", key)
			.param("at", Timestamp.from(queued))
			.update();
		return key;
	}

	private UUID overdoseResponse(Instant occurred) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO overdose_responses (id, site_code, zone_code, occurred_at, substances, naloxone_doses, called_911,
					    stayed, outcome, responder, recorded_by)
					VALUES (:id, 'SAT-01', 'DT', :at, ARRAY['FENTANYL'], 0, TRUE, TRUE, 'RECOVERED_ON_SITE', 'PEER_WORKER', 'test')""")
			.param("id", id)
			.param("at", Timestamp.from(occurred))
			.update();
		this.jdbc.sql(
				"INSERT INTO check_in_requests (id, response_id, site_code, requested_by) VALUES (:id, :response, 'SAT-01', 'test')")
			.param("id", UUID.randomUUID())
			.param("response", id)
			.update();
		return id;
	}

	private String site() {
		return this.jdbc.sql("SELECT code FROM sites ORDER BY code LIMIT 1").query(String.class).single();
	}

	private UUID visit(String site, Instant visited) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO site_visits (id, site_code, visited_on, minutes, notes, recorded_by)
					VALUES (:id, :site, CAST(:at AS timestamptz)::date, 30, 'Talked about the new naloxone kits.', 'test')""")
			.param("id", id)
			.param("site", site)
			.param("at", Timestamp.from(visited))
			.update();
		return id;
	}

	private boolean exists(String table, String column, Object value) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :value")
			.param("value", value)
			.query(Long.class)
			.single() > 0;
	}

	private String notes(UUID visit) {
		return this.jdbc.sql("SELECT notes FROM site_visits WHERE id = :id")
			.param("id", visit)
			.query(String.class)
			.single();
	}

}
