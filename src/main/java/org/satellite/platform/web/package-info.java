/**
 * How pages and the API answer: errors, refusals, size limits, and Satellite's one chart
 * ({@link org.satellite.platform.web.BarChart}, drawn by {@code fragments/chart.html} on
 * every page that has a chart and in the PDF reports, decision 0114).
 * {@link org.satellite.platform.web.Refusals}, which other modules' pages use, and
 * {@link org.satellite.platform.web.ApiContract}, which their API controllers carry, make
 * this package a named interface of the platform.
 */
@NamedInterface("web")
package org.satellite.platform.web;

import org.springframework.modulith.NamedInterface;
