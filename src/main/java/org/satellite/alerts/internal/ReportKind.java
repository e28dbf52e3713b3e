package org.satellite.alerts.internal;

/**
 * What a community report is about.
 */
public enum ReportKind {

	BAD_BATCH, OVERDOSE

}
