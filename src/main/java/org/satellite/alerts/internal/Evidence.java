package org.satellite.alerts.internal;

import java.util.List;

/**
 * What is behind a draft, counted from its sources: samples with a notable result,
 * community reports, overdoses (responses and reports) of a cluster.
 */
public record Evidence(int samples, int reports, int overdoses) {

	public static Evidence of(Alert alert) {
		return of(alert.sources());
	}

	static Evidence of(List<String> sources) {
		return new Evidence(count(sources, "sample:"), count(sources, "report:"), count(sources, "overdose:"));
	}

	public int total() {
		return this.samples + this.reports + this.overdoses;
	}

	/** In English, for the audit trail's detail. */
	String summary() {
		return this.samples + " sample(s), " + this.reports + " report(s), " + this.overdoses + " overdose(s)";
	}

	private static int count(List<String> sources, String prefix) {
		return (int) sources.stream().filter((source) -> source.startsWith(prefix)).count();
	}

}
