/**
 * How pages and the API answer: errors, refusals, size limits.
 * {@link org.satellite.platform.web.Refusals} is the one type other modules' pages use,
 * so this package is a named interface of the platform.
 */
@NamedInterface("web")
package org.satellite.platform.web;

import org.springframework.modulith.NamedInterface;
