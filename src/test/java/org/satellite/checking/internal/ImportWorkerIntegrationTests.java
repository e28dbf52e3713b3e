package org.satellite.checking.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import worker with two nodes: a node never waits for, nor takes, an import another
 * node holds; an import whose node died is finished by another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportWorkerIntegrationTests {

	@Autowired
	ImportWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNodeSkipsAnImportAnotherNodeHoldsInsteadOfWaitingOrTakingIt() {
		// This test stands for one node holding an import; the scheduled worker of the
		// running application is a second
		// node that may take the import first, in which case the test tries again with a
		// new one.
		for (int attempt = 0; attempt < 20; attempt++) {
			UUID id = UUID.randomUUID();
			insert(id, "QUEUED", null);
			Boolean held = this.transactions.execute((status) -> {
				boolean locked = this.jdbc
					.sql("SELECT id FROM checking_imports WHERE id = :id AND status = 'QUEUED' FOR UPDATE")
					.param("id", id)
					.query(UUID.class)
					.optional()
					.isPresent();
				if (locked) {
					Optional<UUID> claimed = claimElsewhereWithin(Duration.ofSeconds(5), id);
					assertThat(claimed).as("what another node claims while this one holds the import").isEmpty();
				}
				return locked;
			});
			if (Boolean.TRUE.equals(held)) {
				assertThat(waitUntilFinished(id)).isEqualTo("DONE");
				return;
			}
		}
		throw new AssertionError("Could never hold an import before the scheduled worker took it");
	}

	/**
	 * Claims on another thread (another connection) until nothing or the given import
	 * comes back.
	 */
	private Optional<UUID> claimElsewhereWithin(Duration limit, UUID id) {
		CompletableFuture<Optional<UUID>> claim = CompletableFuture.supplyAsync(() -> {
			Optional<UUID> claimed;
			do {
				claimed = this.worker.claim();
			}
			while (claimed.isPresent() && !claimed.get().equals(id));
			return claimed;
		});
		try {
			return claim.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The other node waited for the held import instead of skipping it");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anImportWhoseNodeDiedIsFinishedByAnother() {
		UUID id = UUID.randomUUID();
		insert(id, "RUNNING", "dead-node");
		this.jdbc.sql("UPDATE checking_imports SET heartbeat = program_now() - interval '5 minutes' WHERE id = :id")
			.param("id", id)
			.update();

		assertThat(waitUntilFinished(id)).isEqualTo("DONE");
		assertThat(this.jdbc.sql("SELECT added FROM checking_imports WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private void insert(UUID id, String status, String node) {
		String csv = "Date,City/Town,Expected Substance\n2021-07-0" + (1 + (int) (Math.random() * 8)) + ",Worker " + id
				+ ",MDMA\n";
		this.jdbc
			.sql("""
					INSERT INTO checking_imports (id, file_name, file_sha256, content, mapping, status, total_rows, created_by,
					  claimed_by, heartbeat)
					VALUES (:id, 'worker.csv', 'x', :content, :mapping, :status, 1, 'test', :node, program_now())""")
			.param("id", id)
			.param("content", csv.getBytes(StandardCharsets.UTF_8))
			.param("mapping",
					new ImportMapping("Date", null, "City/Town", "Expected Substance", null, null, null, null).asMap()
						.entrySet()
						.stream()
						.filter((entry) -> entry.getValue() != null)
						.map((entry) -> entry.getKey() + "=" + entry.getValue() + "\n")
						.reduce("", String::concat))
			.param("status", status)
			.param("node", node)
			.update();
	}

	private String waitUntilFinished(UUID id) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status;
		do {
			status = this.jdbc.sql("SELECT status FROM checking_imports WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.single();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return status;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return status;
			}
		}
		while (System.nanoTime() < deadline);
		return status;
	}

}
