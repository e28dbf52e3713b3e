/**
 * Benchmarks ({@code *Benchmark}, run only by {@code ./mvnw -Pbench verify}) and what
 * they share: measuring, comparing with a baseline taken in the same run, and writing the
 * figures to {@code target/bench/results.jsonl}.
 */
package org.satellite.bench;
