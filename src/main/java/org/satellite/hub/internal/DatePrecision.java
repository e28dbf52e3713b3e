package org.satellite.hub.internal;

/**
 * How much of a publication date is known: "May 7, 2020" (a day), "January 2021" (a
 * month) or "2019" (a year).
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
