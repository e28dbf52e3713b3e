package org.satellite.privacy;

import java.util.regex.Pattern;

/**
 * A column where a module keeps values sealed with {@link FieldCipher}, declared as a
 * bean by the module that owns the table, so that {@link Resealing} can seal its old
 * values again with the active key after a key rotation.
 *
 * @param name a short, stable name for logs, the audit trail and the administrator's page
 * ({@code peer-worker-phones})
 * @param table the table
 * @param idColumn its primary key (one column: a number, a UUID or text)
 * @param column the column holding {@link Sealed#stored()} values, or null
 * @param purposeSql the purpose each value was sealed for, as an SQL expression over the
 * row: a quoted constant ({@link #of}) or an expression when the purpose depends on
 * another column
 */
public record SealedColumn(String name, String table, String idColumn, String column, String purposeSql) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	public SealedColumn {
		for (String identifier : new String[] { table, idColumn, column }) {
			if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
				throw new IllegalArgumentException("Not a plain SQL identifier: " + identifier);
			}
		}
	}

	/** A column whose values were all sealed for one purpose. */
	public static SealedColumn of(String name, String table, String idColumn, String column, String purpose) {
		if (purpose.contains("'")) {
			throw new IllegalArgumentException("A purpose is a plain name: " + purpose);
		}
		return new SealedColumn(name, table, idColumn, column, "'" + purpose + "'");
	}

}
