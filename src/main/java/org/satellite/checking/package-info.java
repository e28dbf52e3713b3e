/**
 * Drug checking: anonymous samples known only by a sample code, their tests and results, the public result look-up,
 * the substance vocabulary and the import of historical results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drug checking")
package org.satellite.checking;
