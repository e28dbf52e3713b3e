/**
 * Reporting: one catalogue of indicators, rollups per site, zone and program kept up to
 * date from the other modules' events, dashboards with charts, and every export (CSV,
 * PDF, ADX for DHIS2, the drug checking period report). Figures that leave the program go
 * through {@code privacy.Disclosure}.
 *
 * <p>
 * Depends on the other modules; nothing depends on it. Its API is empty: other modules
 * never call it. {@link org.satellite.reporting.internal.ReportFigures} is the one way
 * the pages and exports read figures.
 */
@ApplicationModule(displayName = "Reporting")
package org.satellite.reporting;

import org.springframework.modulith.ApplicationModule;
