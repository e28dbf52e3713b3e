/**
 * Overdose response: what peer workers did when someone overdosed (naloxone given, 911
 * called or why not, outcome), naloxone kits handed out to replace used, lost or
 * confiscated ones, and the check-ins responders may ask for.
 *
 * <p>
 * A report ({@link org.satellite.overdose.internal.OverdoseResponses#record}) holds
 * nothing about the person. The naloxone given leaves the site's stock through
 * {@code supplies.Stockroom#administer} in the same transaction (decision 0011); giving
 * more than the stock shows is recorded and flagged, never refused. Each report publishes
 * {@link org.satellite.overdose.OverdoseResponseRecorded} (zone, time, substances) for
 * the alerts module. Suspected substances come from a fixed list of canonical names until
 * the drug checking vocabulary exists (decision 0010). A report saved by mistake can be
 * undone ({@link org.satellite.overdose.internal.OverdoseResponses#undo}: peer workers
 * within 24 hours, coordinators at any time): it is deleted with its check-in request,
 * its naloxone goes back to stock with a reversing ledger line, and
 * {@link org.satellite.overdose.OverdoseResponseWithdrawn} tells the alerts module to
 * stop counting it. Kit hand-outs
 * ({@link org.satellite.overdose.internal.NaloxoneHandouts}) are supplies distributions
 * with the replacement reason kept here. The overdose and naloxone figures and the
 * quarterly naloxone CSV are reporting's, computed from these tables (decisions 0105 and
 * 0111).
 *
 * <p>
 * Depends on {@code network} (sites, zones), {@code supplies} (stock, ledger),
 * {@code identity} and {@code platform}. {@code alerts} and {@code reporting} use it,
 * through its events.
 *
 * <p>
 * API: the events {@link org.satellite.overdose.OverdoseResponseRecorded},
 * {@link org.satellite.overdose.OverdoseResponseWithdrawn} and
 * {@link org.satellite.overdose.CheckInRequested}; responses and hand-outs are internal.
 * May use {@code identity}, {@code network}, {@code platform}, {@code privacy},
 * {@code supplies} (the table in {@code docs/architecture.md}, checked by
 * {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Overdose response",
		allowedDependencies = { "identity", "network", "platform", "platform :: web", "privacy", "supplies" })
package org.satellite.overdose;

import org.springframework.modulith.ApplicationModule;
