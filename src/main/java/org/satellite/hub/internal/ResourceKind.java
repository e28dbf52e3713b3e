package org.satellite.hub.internal;

/**
 * What a resource is, as its publisher calls it.
 */
public enum ResourceKind {

	JOURNAL_ARTICLE, ARTICLE, REPORT, NEWS, VIDEO, VIDEO_SERIES, TOOL, RECOMMENDATIONS

}
