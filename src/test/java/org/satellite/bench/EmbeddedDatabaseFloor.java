package org.satellite.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The baseline of {@link StartupBenchmark}: a JVM that starts from Satellite's own jar,
 * starts the embedded PostgreSQL in a fresh directory exactly as Satellite does, runs one
 * query, says {@code READY} and stops. No application can start faster on the embedded
 * database, so {@code startup − floor} is the time Satellite itself adds.
 */
public final class EmbeddedDatabaseFloor {

	static final String READY = "EMBEDDED-DATABASE-READY";

	private EmbeddedDatabaseFloor() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.start();
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			result.next();
			System.out.println(READY);
			System.out.flush();
		}
	}

}
