/**
 * Drug checking: anonymous samples known only by a sample code, their tests and results,
 * the public result look-up, the substance vocabulary and the import of historical
 * results.
 *
 * <ul>
 * <li>{@link org.satellite.checking.internal.Samples}: intake by a checker (site or zone,
 * collection mode, expected substance, form, colour, texture, checked before cutting;
 * never anything about the person), strips, FTIR components with match quality, lab
 * results, and the release of the result, which publishes
 * {@link org.satellite.checking.NotableSubstanceFound} when something is notable, with
 * each substance's class.</li>
 * <li>{@link org.satellite.checking.internal.SampleCode}: 8 characters with a check
 * character (decision 20).</li>
 * <li>{@link org.satellite.checking.internal.Findings} and
 * {@link org.satellite.checking.internal.SampleResult}: what was found, whether it was
 * expected, what is notable; one rule for the result page, the event and the
 * figures.</li>
 * <li>{@link org.satellite.checking.Vocabulary}: substances, classes, names and salt
 * forms, verdicts, the review queue and the admin's mappings, which apply to every sample
 * and never cross classes (decision 22). {@link org.satellite.checking.SubstanceClass} is
 * the program's one classification of substances: alerts and subscriptions use it too
 * (decision 76).</li>
 * <li>{@link org.satellite.checking.internal.Imports}: CSV imports of any service's
 * layout with a mapping a person chooses and saves per source
 * ({@link org.satellite.checking.internal.ImportMappings}; decision 55), checked whole,
 * run in the background by any node, landed in one transaction (decisions 23, 58),
 * samples known by their facts so the same sample from two layouts lands once (decision
 * 56), reported by reason ({@link org.satellite.checking.internal.ImportReports};
 * decision 57); {@link org.satellite.checking.internal.SampleSearch} finds any sample for
 * staff at {@code /app/checking/search} (decision 59).</li>
 * <li>{@link org.satellite.checking.internal.OpenData}: the public figures, one
 * {@link org.satellite.checking.internal.Publication} protected as a whole (decisions 50
 * to 54).</li>
 * </ul>
 *
 * <p>
 * Pages: {@code /app/checking} (checker, phone-sized), {@code /app/checking/imports},
 * {@code /app/admin/checking/vocabulary}, and the public {@code /results},
 * {@code /results/{code}} (rate-limited, decision 21), {@code /data},
 * {@code /data/checking-figures.csv}, {@code /data/checking-monthly.csv},
 * {@code /data/checking-expected-substances.csv}, {@code /data/checking-vocabulary.csv},
 * {@code /data/checking-columns.csv}, {@code /data/results}. API under
 * {@code /api/v1/checking}.
 *
 * <p>
 * API: the events {@link org.satellite.checking.NotableSubstanceFound},
 * {@link org.satellite.checking.ResultReleased},
 * {@link org.satellite.checking.SamplesImported} and
 * {@link org.satellite.checking.VocabularyChanged} (what reporting counts again),
 * {@link org.satellite.checking.Vocabulary},
 * {@link org.satellite.checking.SubstanceClass} and
 * {@link org.satellite.checking.PublishedPeriods} (a month's or fortnight's published
 * figures, read-only, for reporting's period report); samples, imports and open data are
 * internal. May use {@code identity}, {@code network}, {@code platform}, {@code privacy}
 * (the table in {@code docs/architecture.md}, checked by {@code
 * ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Drug checking",
		allowedDependencies = { "identity", "network", "platform", "platform :: web", "privacy" })
package org.satellite.checking;

import org.springframework.modulith.ApplicationModule;
