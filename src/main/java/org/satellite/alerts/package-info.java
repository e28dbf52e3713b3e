/**
 * Drug market alerts: drafted from what drug checking finds, what people report and clusters of overdoses, reviewed
 * (two people for an urgent one), issued in English and French to the subscribers of the zones concerned, updated,
 * cancelled and expired; and the subscriptions themselves. Decides who gets what; {@code messaging} delivers it.
 *
 * <p>
 * {@link org.satellite.alerts.AlertDesk} holds the lifecycle, {@link org.satellite.alerts.Subscriptions} the web
 * subscriptions (SMS confirmed by YES/OUI, email by a link), {@link org.satellite.alerts.CommunityReports} the
 * anonymous reports. Issuing publishes {@link org.satellite.alerts.AlertIssued}, which the fan-out turns into one
 * message per subscriber and channel. Public pages: {@code /alerts}, {@code /alerts/{id}}, its poster,
 * {@code /alerts/subscribe}, {@code /alerts/report}; feeds {@code /alerts.atom}, {@code /alerts.json},
 * {@code /alerts/{id}.cap.xml} (CAP 1.2); staff pages under {@code /app/alerts}. Decisions 0031, 0032, 0034.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drug market alerts")
package org.satellite.alerts;
