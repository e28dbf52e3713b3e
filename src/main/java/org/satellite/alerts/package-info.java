/**
 * Drug market alerts: drafted from what drug checking finds, what people report and clusters of overdoses, reviewed
 * (two people for an urgent one), issued in English and French to the subscribers of the zones concerned, updated,
 * cancelled and expired; and the subscriptions themselves. Decides who gets what; {@code messaging} delivers it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drug market alerts")
package org.satellite.alerts;
