package org.satellite.alerts.internal;

/**
 * How serious an alert is. Subscribers choose the lowest level they want to hear about;
 * an urgent alert needs a second person to approve it.
 */
public enum Severity {

	ADVISORY(1), WARNING(2), URGENT(3);

	private final int rank;

	Severity(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return this.rank;
	}

	public static Severity ofRank(int rank) {
		for (Severity severity : values()) {
			if (severity.rank == rank) {
				return severity;
			}
		}
		throw new IllegalArgumentException("No severity of rank " + rank);
	}

}
