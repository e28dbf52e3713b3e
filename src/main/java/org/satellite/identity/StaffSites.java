package org.satellite.identity;

import java.util.List;

/**
 * The sites a peer worker's account may belong to, as the module that keeps the sites
 * knows them. Identity cannot ask that module (it depends on identity), so the module
 * provides this instead; without one, identity accepts any well-formed site code.
 */
public interface StaffSites {

	/** The codes of the sites that are not closed, in order. */
	List<String> openSiteCodes();

}
