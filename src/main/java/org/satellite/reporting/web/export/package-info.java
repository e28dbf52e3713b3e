/**
 * Reporting's export pages: the list of exports, the program report PDF, the ADX file,
 * the drug checking period report and the admin's ADX mapping.
 */
package org.satellite.reporting.web.export;
