package org.satellite.network;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the promise made to peer workers: their program phone number is nowhere in the
 * database in clear, and never in the logs, yet the program can still find them by it
 * and, with a trace, read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class PhoneNumberPrivacyIntegrationTests {

	static final String PHONE = "(647) 555-0199";

	static final List<String> FORMS = List.of("6475550199", "647-555-0199", "555-0199", "5550199", "647 555 0199");

	@Autowired
	PeerWorkers peerWorkers;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noPhoneNumberIsStoredOrLoggedInClear(CapturedOutput output) {
		PeerWorker worker = this.peerWorkers.register("privacy-check", "SAT-02", PHONE);

		assertThat(this.peerWorkers.byPhone("647 555 0199")).map(PeerWorker::id).hasValue(worker.id());
		assertThat(this.peerWorkers.contactOf(worker.id())).hasValue("+16475550199");

		String everything = wholeDatabaseAsText();
		FORMS.forEach((form) -> assertThat(everything).doesNotContain(form));
		FORMS.forEach((form) -> assertThat(output.getAll()).doesNotContain(form));
	}

	@Test
	void aPhoneAlreadyAssignedCannotBeGivenToSomeoneElse() {
		this.peerWorkers.register("first-holder", "SAT-04", "416 555 0177");

		Assertions.assertThatThrownBy(() -> this.peerWorkers.register("second-holder", "SAT-04", "+1 (416) 555-0177"))
			.hasMessageContaining("phoneTaken");
		assertThat(this.peerWorkers.atSite("SAT-04")).extracting(PeerWorker::handle).doesNotContain("second-holder");
	}

	/**
	 * Every row of every table in the public schema, as text.
	 */
	private String wholeDatabaseAsText() {
		List<String> tables = this.jdbc.sql(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		StringBuilder all = new StringBuilder();
		for (String table : tables) {
			this.jdbc.sql("SELECT t::text FROM \"" + table + "\" t").query(String.class).list().forEach(all::append);
		}
		assertThat(tables).contains("peer_workers", "stock_movements");
		return all.toString();
	}

}
