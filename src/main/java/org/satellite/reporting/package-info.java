/**
 * Reporting: one catalogue of indicators, rollups per site, zone and program kept up to
 * date from the other modules' events, dashboards with charts, and every export (CSV,
 * PDF, ADX for DHIS2, the drug checking period report). Figures that leave the program go
 * through {@code privacy.Disclosure}.
 *
 * <p>
 * The rollups ({@code report_cells}) hold one row per site or zone, month and indicator;
 * each event of another module marks the one cell it touched, and a job recomputes the
 * marked cells from the raw records every few seconds
 * ({@link org.satellite.reporting.internal.Rollups}, decisions 0104 and 0112); the time
 * from a notable result to its alert is kept per alert, for its median
 * ({@link org.satellite.reporting.internal.AlertDelays}, decision 0113); and
 * {@code Rollups#rebuild} (the admin page {@code /app/admin/reporting}, or
 * {@code --satellite.reporting.rebuild=true}) makes them all again. Figures that leave
 * the program come from one protected publication
 * ({@link org.satellite.reporting.internal.PublicFigures}, decision 0106). The overdose
 * response and naloxone program table of the program and its zones
 * ({@link org.satellite.reporting.internal.NaloxoneProgram}) is a section of the
 * dashboards and the naloxone program CSV {@code /app/reporting/naloxone.csv}; the
 * overdose module's former addresses of that page and file redirect there (decision
 * 0111).
 *
 * <p>
 * Depends on {@code alerts}, {@code checking}, {@code identity}, {@code network},
 * {@code overdose}, {@code platform}, {@code privacy}, {@code referrals} and
 * {@code supplies} (the table in {@code docs/architecture.md}); nothing depends on it.
 * Its API is empty: other modules never call it.
 * {@link org.satellite.reporting.internal.ReportFigures} is the one way the pages and
 * exports read figures.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "alerts", "checking", "identity", "network",
		"overdose", "platform", "platform :: web", "privacy", "referrals", "supplies" })
package org.satellite.reporting;

import org.springframework.modulith.ApplicationModule;
