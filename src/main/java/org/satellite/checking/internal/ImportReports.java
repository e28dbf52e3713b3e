package org.satellite.checking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.satellite.platform.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an import reports about its rows: a summary by reason with counts and the first
 * rows of each, for a page a person reads, and every row one by one, for a file they
 * download. A report of 15,000 rows never goes in a page.
 */
@Service
public class ImportReports {

	/** How many rows of each reason the summary shows. */
	public static final int FIRST_ROWS = 5;

	private final JdbcClient jdbc;

	ImportReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rows not imported first, then rows imported with a caveat; in each, the most
	 * frequent reason first.
	 */
	public List<Reason> summary(UUID id) {
		requireImport(id);
		record Group(String reason, boolean landed, int rows) {
		}
		return this.jdbc.sql("""
				SELECT reason, landed, count(*) AS rows FROM checking_import_errors WHERE import_id = :id
				GROUP BY reason, landed ORDER BY landed, count(*) DESC, reason""")
			.param("id", id)
			.query(Group.class)
			.list()
			.stream()
			.map((group) -> new Reason(group.reason(), group.landed(), group.rows(),
					first(id, group.reason(), group.landed())))
			.toList();
	}

	/** Every row reported, in the order of the file. */
	public List<ImportProblem> problems(UUID id) {
		List<ImportProblem> all = new ArrayList<>();
		eachProblem(id, all::add);
		return all;
	}

	/**
	 * Every row reported, one at a time, in the order of the file, without holding them
	 * all in memory.
	 */
	public void eachProblem(UUID id, Consumer<ImportProblem> each) {
		requireImport(id);
		this.jdbc.sql("""
				SELECT line, reason, argument, excerpt, landed FROM checking_import_errors
				WHERE import_id = :id ORDER BY line, reason""")
			.param("id", id)
			.query(ImportProblem.class)
			.list()
			.forEach(each);
	}

	private List<ImportProblem> first(UUID id, String reason, boolean landed) {
		return this.jdbc.sql("""
				SELECT line, reason, argument, excerpt, landed FROM checking_import_errors
				WHERE import_id = :id AND reason = :reason AND landed = :landed ORDER BY line LIMIT :limit""")
			.param("id", id)
			.param("reason", reason)
			.param("landed", landed)
			.param("limit", FIRST_ROWS)
			.query(ImportProblem.class)
			.list();
	}

	private void requireImport(UUID id) {
		this.jdbc.sql("SELECT 1 FROM checking_imports WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFound("checking.error.unknownImport"));
	}

	/**
	 * One reason rows were reported for.
	 *
	 * @param reason a message code; pages and files say it in words
	 * @param landed whether these rows were imported all the same
	 * @param first the first rows of the file reported for it
	 */
	public record Reason(String reason, boolean landed, int rows, List<ImportProblem> first) {
	}

}
