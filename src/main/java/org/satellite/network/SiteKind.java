package org.satellite.network;

/**
 * Where a satellite site operates from.
 */
public enum SiteKind {

	HOME, HOUSING, MOBILE, SECONDARY_DISTRIBUTOR

}
