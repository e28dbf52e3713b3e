/**
 * Reporting's exports: the program report as a PDF, the ADX data set for DHIS2 with its
 * mapping, and the drug checking period report; each read from
 * {@link org.satellite.reporting.internal.ReportFigures} or drug checking's published
 * figures, and each written to the audit trail.
 */
package org.satellite.reporting.internal.export;
