package org.satellite.alerts;

/**
 * What a community report is about.
 */
public enum ReportKind {

	BAD_BATCH, OVERDOSE

}
