/**
 * Drug market alerts: drafted from what drug checking finds, what people report and
 * clusters of overdoses, reviewed (two people for an urgent one), issued in English and
 * French to the subscribers of the zones concerned, updated, cancelled and expired; and
 * the subscriptions themselves. Decides who gets what; {@code messaging} delivers it.
 *
 * <p>
 * {@link org.satellite.alerts.internal.AlertDesk} holds the lifecycle,
 * {@link org.satellite.alerts.internal.Subscriptions} the web subscriptions (SMS
 * confirmed by YES/OUI, email by a link),
 * {@link org.satellite.alerts.internal.CommunityReports} the anonymous reports. Issuing
 * publishes {@link org.satellite.alerts.AlertIssued}, which the fan-out turns into one
 * message per subscriber and channel, counting the subscribers reached and publishing
 * {@link org.satellite.alerts.AlertFannedOut} when done. Public pages: the home page
 * {@code /} (alerts in effect, the most severe first), {@code /alerts},
 * {@code /alerts/{id}}, its poster, {@code /alerts/subscribe}, {@code /alerts/report}, a
 * subscriber's own {@code /alerts/preferences/{id}/{signature}} (signed link in every
 * email); feeds {@code /alerts.atom}, {@code /alerts.json}, {@code /alerts/{id}.cap.xml}
 * (CAP 1.2); staff pages under {@code /app/alerts}. Decisions 0031, 0032, 0034, 0035,
 * 0036, 0101, 0102.
 *
 * <p>
 * Substance classes are drug checking's ({@link org.satellite.checking.SubstanceClass},
 * labels {@code checking.class.*}): a draft suggested from a notable result takes the
 * classes the vocabulary gave its substances, carried on
 * {@link org.satellite.checking.NotableSubstanceFound}; alerts never classify a name
 * themselves (decision 0076). An alert with no class reaches every subscriber of its
 * zones, whatever classes they chose.
 *
 * <p>
 * On the triage queue ({@code /app/alerts/reports}) a coordinator ticks several reports
 * and drafts one alert from all of them: their zones, warning if any is an overdose
 * (advisory otherwise), headline, body and SMS in both languages from message templates
 * with what people wrote quoted as written; every report is linked (the draft's
 * {@code report:ID} sources, the report's {@code alert_id}) and leaves the queue. Three
 * bad-batch reports in a zone within 24 hours ({@code satellite.alerts.batch-size},
 * {@code batch-hours}) suggest a draft on their own. Alert texts are capped
 * ({@code AlertDesk.MAX_BODY} and the others) so that the printed poster
 * ({@code /alerts/{id}/poster}, {@code .poster} rules of {@code css/print.css}) always
 * fits one page.
 *
 * <p>
 * API: the events {@link org.satellite.alerts.AlertIssued} and
 * {@link org.satellite.alerts.AlertFannedOut}; the desk, subscriptions and community
 * reports are internal. May use {@code checking}, {@code identity}, {@code messaging},
 * {@code network}, {@code overdose}, {@code platform}, {@code privacy} (the table in
 * {@code docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Drug market alerts", allowedDependencies = { "checking", "identity", "messaging",
		"network", "overdose", "platform", "platform :: web", "privacy" })
package org.satellite.alerts;

import org.springframework.modulith.ApplicationModule;
