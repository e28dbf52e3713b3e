package org.satellite.checking.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an import stands.
 *
 * @param status {@code PREVIEW} (waiting for its mapping), {@code QUEUED},
 * {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param totalRows rows in the file, header left out
 * @param readRows rows read so far
 * @param added samples this import added
 * @param alreadyThere rows already imported before (by this file or an earlier one)
 * @param failure why the whole file was refused (a message code), or {@code null}
 * @param problems rows reported: not read, or read with a caveat
 * @param newNames names this import brought that no one has mapped yet: they wait in the
 * review queue
 * @param separator the separator the file was read with
 * @param mappingName the saved mapping it was imported with, if any
 */
public record ImportStatus(UUID id, String fileName, String status, int totalRows, int readRows, int added,
		int alreadyThere, String failure, String failureArgument, int problems, int newNames, String separator,
		String mappingName, Instant createdAt, Instant finishedAt) {

	/** The separator in words, as a message code. */
	public String separatorWords() {
		return CsvFile
			.separatorName((this.separator == null || this.separator.isEmpty()) ? ',' : this.separator.charAt(0));
	}

	public boolean finished() {
		return "DONE".equals(this.status) || "FAILED".equals(this.status);
	}

	/** Percent done, for the progress bar. */
	public int percent() {
		if (finished()) {
			return 100;
		}
		return (this.totalRows == 0) ? 0 : (int) Math.min(99, (100L * this.readRows) / this.totalRows);
	}

}
